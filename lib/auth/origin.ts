// The origins a browser may send state-changing requests from: the site as the request reached
// it (Host, or the proxy's X-Forwarded-Host/-Proto) and BETTER_AUTH_URL when set. A cross-site
// page cannot forge these headers without a CORS preflight, which Parley never grants.

export function ownOrigins(request: Request): string[] {
  const origins: string[] = [];
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) {
    const forwardedProto = request.headers.get("x-forwarded-proto")?.split(",")[0].trim();
    const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : new URL(request.url).protocol.replace(":", "");
    origins.push(`${proto}://${host}`);
  }
  const configured = process.env.BETTER_AUTH_URL;
  if (configured) origins.push(new URL(configured).origin);
  return origins;
}
