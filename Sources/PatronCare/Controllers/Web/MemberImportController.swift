import Vapor
struct MemberImportController: RouteCollection { func boot(routes: any RoutesBuilder) throws {} }
