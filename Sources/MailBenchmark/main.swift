// Sends N Thai reminder e-mails (plain text + HTML) to an SMTP server with C concurrent reused
// connections through SMTPSender, and prints the rate. For a local smtp-sink: see
// Benchmarks/mail-throughput.sh.
//
//   MailBenchmark [--host 127.0.0.1] [--port 2525] [--count 5000] [--concurrency 4] [--text-only]
import Foundation
import PatronMail

struct Options {
    var host = "127.0.0.1"
    var port = 2525
    var count = 5000
    var concurrency = 4
    var html = true

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            func value() -> String {
                guard let v = iterator.next() else { Options.usage("\(argument) needs a value") }
                return v
            }
            switch argument {
            case "--host": host = value()
            case "--port": port = Int(value()) ?? { Options.usage("--port takes a number") }()
            case "--count": count = Int(value()) ?? { Options.usage("--count takes a number") }()
            case "--concurrency": concurrency = Int(value()) ?? { Options.usage("--concurrency takes a number") }()
            case "--text-only": html = false
            case "-h", "--help": Options.usage(nil)
            default: Options.usage("unknown option \(argument)")
            }
        }
        if count < 1 || concurrency < 1 { Options.usage("--count and --concurrency must be at least 1") }
    }

    static func usage(_ problem: String?) -> Never {
        if let problem { FileHandle.standardError.write(Data("MailBenchmark: \(problem)\n".utf8)) }
        print("usage: MailBenchmark [--host H] [--port P] [--count N] [--concurrency C] [--text-only]")
        exit(problem == nil ? 0 : 2)
    }
}

let options = Options(CommandLine.arguments)
let sentAt = Date(timeIntervalSince1970: 1_741_079_109)
let text = """
    เรียน คุณสมาชิก

    บัตรสมาชิกห้องสมุดของท่านจะหมดอายุในอีก 30 วัน ท่านยังมีเงินมัดจำ 1,000.00 บาท
    ซึ่งขอรับคืนได้ที่เคาน์เตอร์บริการ วันจันทร์–ศุกร์ 08:00–18:30 น. และวันเสาร์ 09:00–15:30 น.

    ขอแสดงความนับถือ
    ศูนย์บรรณสารสนเทศ
    """
let html = "<html lang=\"th\"><body><p>" + text.replacingOccurrences(of: "\n", with: "<br>\n") + "</p></body></html>"
let messages = (0..<options.count).map { n in
    EmailMessage(
        from: EmailAddress("library@example.ac.th", name: "ศูนย์บรรณสารสนเทศ"),
        to: [EmailAddress("member\(n)@example.org", name: "สมาชิก \(n)")],
        subject: "แจ้งเตือน: บัตรสมาชิกห้องสมุดของท่านใกล้หมดอายุ (\(n))",
        textBody: text,
        htmlBody: options.html ? html : nil,
        date: sentAt,
        messageID: "bench-\(n)-\(UUID().uuidString.lowercased())@patroncare.example.ac.th",
        extraHeaders: [EmailHeader("List-Unsubscribe", "<https://library.example.ac.th/unsubscribe?m=\(n)>")]
    )
}
let size = (try? MIMERenderer().render(messages[0]).utf8.count) ?? 0

let configuration = SMTPConfiguration(host: options.host, port: options.port, security: .none, heloName: "bench.patroncare.test")
let sender = SMTPSender(configuration: configuration, connections: options.concurrency)

let clock = ContinuousClock()
let start = clock.now
let results = await sender.send(messages)
let elapsed = clock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18

var accepted = 0, failed = 0, unknown = 0
var firstProblem: String?
for result in results {
    switch result {
    case .accepted: accepted += 1
    case .failed(let failure): failed += 1; firstProblem = firstProblem ?? "\(failure.error)"
    case .unknown(let error): unknown += 1; firstProblem = firstProblem ?? "\(error)"
    }
}
print("PatronMail: \(options.count) messages of \(size) bytes over \(options.concurrency) connections in "
      + String(format: "%.3f", seconds) + " s: accepted \(accepted), failed \(failed), unknown \(unknown)")
if let firstProblem { print("first problem: \(firstProblem)") }
print("RATE " + String(format: "%.0f", Double(accepted) / seconds))
exit(accepted == options.count ? 0 : 1)
