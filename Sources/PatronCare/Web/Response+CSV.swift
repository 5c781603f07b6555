import Vapor

/// A CSV download: UTF-8 with a byte-order mark so Excel on Thai Windows shows the Thai.
func csvResponse(_ csv: String, filename: String) -> Response {
    var headers = HTTPHeaders()
    headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
    headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
    return Response(status: .ok, headers: headers, body: .init(string: csv))
}
