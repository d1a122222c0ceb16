import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

// A convenience only: sends signed-out visitors to /login. Authorization happens in every page,
// service and server action (lib/auth), never here.
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything except sign-in, next-auth's own routes, the public API (it answers 401 itself) and static files.
  matcher: ["/((?!login|api/|_next/|favicon|.*\\.(?:svg|png|ico|css|js)$).*)"],
};
