import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program on the machine's PATH, such as `datasette`, and a loopback port for it.
enum LocalServer {
    /// The full path of an executable on PATH, or nil when it is not installed.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A TCP port on 127.0.0.1 that nothing listens on: the kernel picks one for a socket bound to 0.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError(message: "no socket") }
        defer { close(fd) }
        var address = loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { sockaddrPointer in
                bind(fd, sockaddrPointer, length) == 0 && getsockname(fd, sockaddrPointer, &length) == 0
            }
        }
        guard bound else { throw ServerError(message: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// An HTTP/1.0 GET of `path` on a loopback port (the server closes the connection after
    /// answering, so reading to the end reads the whole response), retried while the server
    /// starts, for up to `seconds`. Plain sockets: Foundation's URLSession is not reliable in
    /// Linux test processes.
    static func get(port: Int, path: String, seconds: Double) throws -> (status: Int, body: Data) {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let response = try? request(port: port, path: path) { return response }
            guard Date() < deadline else { throw ServerError(message: "nothing answered on port \(port)") }
            usleep(200_000)
        }
    }

    private static func request(port: Int, path: String) throws -> (status: Int, body: Data) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError(message: "no socket") }
        defer { close(fd) }
        var address = loopback(port: port)
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        guard connected else { throw ServerError(message: "connection refused") }
        let request = Array("GET \(path) HTTP/1.0\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8)
        guard send(fd, request, request.count, 0) == request.count else { throw ServerError(message: "send failed") }
        var response = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            response.append(contentsOf: buffer[0..<count])
        }
        let separator = Data("\r\n\r\n".utf8)
        guard let end = response.range(of: separator) else { throw ServerError(message: "no HTTP response") }
        let statusLine = String(decoding: response[..<end.lowerBound], as: UTF8.self).split(separator: " ")
        let status = statusLine.count > 1 ? Int(statusLine[1]) ?? 0 : 0
        return (status, Data(response[end.upperBound...]))
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    /// Stops a server: SIGTERM, then SIGKILL if it has not exited within `seconds`.
    static func stop(_ process: Process, seconds: Double = 5) {
        process.terminate()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    struct ServerError: Error {
        var message: String
    }

}
