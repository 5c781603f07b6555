import Foundation
import PatronCare

@main enum Entry { static func main() async { exit(await PatronCareApp.run()) } }
