/// Choices that apply to every variant file reader.
public struct VariantReadOptions: Sendable, Hashable {
  /// The sample (VCF column) or barcode to read as the tumour; `nil` picks it as documented by
  /// each reader (VCF: the only sample, else the one named `TUMOR`, else the second of a pair).
  public var tumorSample: String?

  public init(tumorSample: String? = nil) {
    self.tumorSample = tumorSample
  }
}
