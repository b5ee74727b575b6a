import Foundation

/// The `mail:` section as written. Problems are thrown as decoding errors on the offending key, so that
/// the config error names its line and column. Unknown keys are refused: a misspelt `password_file`
/// would otherwise send without a password and fail at night.
struct MailEntry: Decodable {
    let msmtp: String?
    let host: String
    let port: Int?
    let security: MailSettings.Security
    let caFile: String?
    let from: String
    let senderName: String?
    let user: String?
    let passwordEnv: String?
    let passwordFile: String?
    let subject: SubjectTemplate
    let attempts: Int?
    let retryDelay: Double?
    let timeout: Int?

    enum Key: String, CodingKey, CaseIterable {
        case msmtp, host, port, tls, from, user, subject, attempts, timeout
        case caFile = "ca_file", senderName = "sender_name", passwordEnv = "password_env"
        case passwordFile = "password_file", retryDelay = "retry_delay"
    }

    private struct AnyKey: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        let written = try decoder.container(keyedBy: AnyKey.self)
        for key in written.allKeys where Key(rawValue: key.stringValue) == nil {
            let hint = key.stringValue == "password"
                ? "口令不能写在配置文件中；请改用 password_env（环境变量名）或 password_file（只有属主可读的文件）"
                : "未知的键；可用的有 " + Key.allCases.map(\.rawValue).joined(separator: "、")
            throw DecodingError.dataCorruptedError(forKey: key, in: written, debugDescription: hint)
        }
        let container = try decoder.container(keyedBy: Key.self)
        func fail(_ key: Key, _ message: String) -> DecodingError {
            .dataCorruptedError(forKey: key, in: container, debugDescription: message)
        }

        msmtp = try container.decodeIfPresent(String.self, forKey: .msmtp)
        host = try container.decode(String.self, forKey: .host)
        port = try container.decodeIfPresent(Int.self, forKey: .port)
        if let port, !(1...65535).contains(port) { throw fail(.port, "端口应在 1 到 65535 之间") }
        let tls = try container.decodeIfPresent(String.self, forKey: .tls) ?? MailSettings.Security.starttls.rawValue
        guard let security = MailSettings.Security(rawValue: tls) else {
            throw fail(.tls, "应为 " + MailSettings.Security.allCases.map(\.rawValue).joined(separator: "、") + " 之一")
        }
        self.security = security
        caFile = try container.decodeIfPresent(String.self, forKey: .caFile)
        from = try container.decode(String.self, forKey: .from)
        guard MailAddress.isValid(from) else { throw fail(.from, "“\(from)”不是有效的邮件地址") }
        senderName = try container.decodeIfPresent(String.self, forKey: .senderName)
        if senderName?.contains(where: \.isNewline) == true { throw fail(.senderName, "发件人名称不能换行") }
        user = try container.decodeIfPresent(String.self, forKey: .user)
        passwordEnv = try container.decodeIfPresent(String.self, forKey: .passwordEnv)
        passwordFile = try container.decodeIfPresent(String.self, forKey: .passwordFile)
        if passwordEnv != nil, passwordFile != nil {
            throw fail(.passwordFile, "password_env 与 password_file 只能写一个")
        }
        if let passwordEnv, passwordEnv.isEmpty || !passwordEnv.allSatisfy({ $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }) {
            throw fail(.passwordEnv, "应为环境变量名（字母、数字和下划线），如 BRIEFING_SMTP_PASSWORD")
        }
        let hasPassword = passwordEnv != nil || passwordFile != nil
        if user != nil, !hasPassword { throw fail(.user, "写了 user 就要用 password_env 或 password_file 指明口令") }
        if user == nil, hasPassword { throw fail(.user, "有口令时须写明登录用户名 user") }
        if hasPassword, security == .none { throw fail(.tls, "不加密（none）时不能发送口令；请用 starttls 或 smtps") }
        switch SubjectTemplate.parse(try container.decodeIfPresent(String.self, forKey: .subject) ?? SubjectTemplate.standard.text) {
        case .success(let template): subject = template
        case .failure(let error): throw fail(.subject, error.message)
        }
        attempts = try container.decodeIfPresent(Int.self, forKey: .attempts)
        if let attempts, !(1...10).contains(attempts) { throw fail(.attempts, "每封邮件在一次运行中的尝试次数应在 1 到 10 之间") }
        retryDelay = try container.decodeIfPresent(Double.self, forKey: .retryDelay)
        if let retryDelay, !(0...600).contains(retryDelay) { throw fail(.retryDelay, "重试间隔应在 0 到 600 秒之间") }
        timeout = try container.decodeIfPresent(Int.self, forKey: .timeout)
        if let timeout, !(1...600).contains(timeout) { throw fail(.timeout, "超时应在 1 到 600 秒之间") }
    }

    func settings(resolve: (String) -> URL, office: String) -> MailSettings {
        MailSettings(
            msmtp: msmtp ?? "/usr/bin/msmtp",
            host: host,
            port: port ?? security.defaultPort,
            security: security,
            caFile: caFile.map(resolve),
            from: from,
            senderName: senderName ?? office,
            user: user,
            password: passwordEnv.map { .environment($0) } ?? passwordFile.map { .file(resolve($0)) },
            subject: subject,
            attempts: attempts ?? 3,
            retryDelay: .milliseconds(Int((retryDelay ?? 10) * 1000)),
            timeoutSeconds: timeout ?? 60
        )
    }
}
