/**
 * Whether a link is a path of this app ("/deals/…"), safe to navigate to. A notification's link is
 * written by our own code, but the inbox still refuses anything else: "//host" and "/\host" are read
 * by browsers as another site, and a scheme ("https:", "javascript:") never starts with a slash.
 * Control characters and spaces have no place in our paths either.
 */
export function isAppPath(link: string): boolean {
  return /^\/(?![/\\])/.test(link) && !/[\u0000-\u0020\u007f]/.test(link);
}
