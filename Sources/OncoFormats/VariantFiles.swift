import OncoModel

/// Reads any supported variant file, whatever its format, into alterations.
public enum VariantFiles {
  /// What reading one file gave.
  public struct Summary: Sendable, Hashable {
    public var path: String
    public var format: VariantFileFormat
    public var counts: ReadCounts
  }

  /// Detects the format of `path` and streams its alterations and diagnostics.
  ///
  /// - Returns: the format found and the record counts (`read == accepted + rejected`).
  /// - Throws: ``FormatError`` when the file as a whole cannot be read.
  public static func read(
    path: String, options: VariantReadOptions = .init(),
    alteration: (Alteration) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> Summary {
    let format = try VariantFileFormat.detect(path: path)
    let counts: ReadCounts
    switch format {
    case .vcf:
      counts = try VCFReader(path: path, options: options)
        .read(alteration: alteration, diagnostic: diagnostic)
    case .maf:
      counts = try MAFReader(path: path, options: options)
        .read(alteration: alteration, diagnostic: diagnostic)
    }
    return Summary(path: path, format: format, counts: counts)
  }

  /// The same, handing each alteration over to `alteration` (see ``MAFReader``'s
  /// `read(handing:diagnostic:)``); a VCF's alterations are copies.
  ///
  /// Its own format switch rather than a wrapper of the lending `read`, or the other way
  /// round: a second closure around every alteration cost `oncocohort variants` ≈ 5 % more CPU
  /// on `synth_1m.vcf` (6.3 s against 6.0 s user, 3 runs each alternated).
  static func read(
    path: String, options: VariantReadOptions = .init(),
    handing alteration: (consuming Alteration) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> Summary {
    let format = try VariantFileFormat.detect(path: path)
    let counts: ReadCounts
    switch format {
    case .vcf:
      counts = try VCFReader(path: path, options: options)
        .read(alteration: { try alteration($0) }, diagnostic: diagnostic)
    case .maf:
      counts = try MAFReader(path: path, options: options)
        .read(handing: alteration, diagnostic: diagnostic)
    }
    return Summary(path: path, format: format, counts: counts)
  }
}
