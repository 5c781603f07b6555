import PatronCare
@main enum Entry { static func main() async throws { try await PatronCareApp.run() } }
