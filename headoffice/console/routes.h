#pragma once
// The console's HTTP side (docs/console.md): every route under /console with the roles that may use it,
// checked in one place before any handler runs — session, same-origin and CSRF token for every POST, then the
// route's roles — so a request without a valid session or token, or from a role the route does not list,
// changes nothing.

namespace httplib {
class Server;
}

namespace kakunin::hq {
class HqService;
}

namespace kakunin::hq::console {

// Registers /console/… on kakunin-hq's HTTPS server (HttpServer::Private::routes()).
void addRoutes(httplib::Server &server, HqService &service);

} // namespace kakunin::hq::console
