import Foundation

/// Writes the hospital source: one BGZF-compressed, VEP-annotated VCF per tumour sample under
/// `hospital/vcf/` and the FHIR export under `hospital/fhir/`.
///
/// Deliberate problems: one VCF line whose POS has a letter O for a zero (`76738O2`), which the
/// reader rejects; and a VCF of a sample the FHIR export does not know (`HOP-99999-T`), whose
/// alterations the import rejects as belonging to no patient.
struct HospitalWriter {
  let patients: [SimulatedPatient]
  let seed: UInt64

  func write(to folder: OutputFolder) throws {
    var malformedWritten = false
    for p in patients {
      var vcf = VCFWriter(
        tumour: p.sampleID, normal: p.pairedNormal ? p.id + "-N" : nil, seed: seed &+ UInt64(p.number))
      for alteration in p.reported {
        switch alteration {
        case .small(let variant, let vaf, let depth): vcf.add(variant, vaf: vaf, depth: depth)
        case .fusion(let event, let reads): vcf.add(event, reads: reads)
        case .amplification: break  // in the FHIR export (copy-number Observation)
        }
      }
      if !malformedWritten, !p.carries("TP53"), !vcf.records.isEmpty {
        // A TP53 call whose POS was mistyped with a letter O for a zero.
        let variant = GeneCatalog.tp53[0]
        let position = String(variant.position).replacingOccurrences(of: "0", with: "O")
        vcf.add(variant, vaf: 0.12, depth: 240, position: position)
        malformedWritten = true
      }
      try folder.write("hospital/vcf/\(p.sampleID).vcf.gz", try BGZFWriter.compress(Data(vcf.text.utf8)))
    }
    var orphan = VCFWriter(tumour: "HOP-99999-T", normal: nil, seed: seed)
    orphan.add(GeneCatalog.krasG12C, vaf: 0.27, depth: 388)
    orphan.add(GeneCatalog.tp53[1], vaf: 0.41, depth: 402)
    try folder.write("hospital/vcf/HOP-99999-T.vcf.gz", try BGZFWriter.compress(Data(orphan.text.utf8)))
    try FHIRWriter(patients: patients).write(to: folder)
  }
}
