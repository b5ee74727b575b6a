/// The program's version, recorded in every manifest.
public enum BriefingVersion {
    public static let current = "0.1.0"
}
