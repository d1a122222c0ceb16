// URLs no page or route of this app can mean, refused in proxy.ts with 400 before Next routes them:
// a path Next cannot percent-decode ("/deals/%ZZ", an encoded lone surrogate "%ED%A0%80") makes its
// router answer a bare 500, and a NUL byte ("%00") in a path segment or a filter reaches PostgreSQL,
// which cannot store it in text and fails the query.

export function isMalformedUrl(pathname: string, search: string): boolean {
  if (/%00/i.test(pathname) || /%00/i.test(search)) return true;
  try {
    decodeURIComponent(pathname);
  } catch {
    return true;
  }
  return false;
}
