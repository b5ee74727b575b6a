import Foundation

/// A real SMTP server on a loopback port: Support/smtp_server.py (Debian's python3-aiosmtpd) with
/// STARTTLS on a self-signed certificate made here with openssl, and AUTH required.
final class SMTPServer {
    let folder: URL
    let port: Int
    let user: String
    let password: String
    var certificate: URL { folder.appendingPathComponent("cert.pem") }
    var spool: URL { folder.appendingPathComponent("spool") }
    private var process: Process?
    private var input: Pipe?

    /// Makes the certificate and picks a free port; the server is not started.
    init(folder: URL, user: String, password: String) throws {
        self.folder = folder
        self.user = user
        self.password = password
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("spool"), withIntermediateDirectories: true)
        let openssl = try BriefingProcess.run(URL(fileURLWithPath: "/usr/bin/openssl"), [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout", folder.appendingPathComponent("key.pem").path, "-out", folder.appendingPathComponent("cert.pem").path,
        ])
        guard openssl.status == 0 else { throw ServerError("openssl: \(openssl.stderr)") }
        port = try Self.freePort()
    }

    func start() throws {
        let process = Process()
        process.executableURL = BriefingProcess.python
        process.arguments = [
            BriefingProcess.repositoryRoot.appendingPathComponent("Tests/BriefingEndToEndTests/Support/smtp_server.py").path,
            "--port", "\(port)", "--cert", folder.appendingPathComponent("cert.pem").path,
            "--key", folder.appendingPathComponent("key.pem").path, "--user", user, "--password", password,
            "--spool", spool.path,
        ]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        self.process = process
        self.input = input
        var said = ""
        while !said.contains("ready") {
            let data = output.fileHandleForReading.availableData
            guard !data.isEmpty else { throw ServerError("smtp_server.py stopped: \(said)") }
            said += String(decoding: data, as: UTF8.self)
        }
    }

    /// Closing its input stops the server (and would if this test process died).
    func stop() {
        guard let process else { return }
        try? input?.fileHandleForWriting.close()
        process.waitUntilExit()
        self.process = nil
    }

    /// Messages received so far.
    var received: Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: spool.path)) ?? []).filter { $0.hasSuffix(".json") }.count
    }

    deinit { stop() }

    /// A port nothing listens on: bound to port 0 for the kernel to choose, then released.
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound else { throw ServerError("no free port: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

struct ServerError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
