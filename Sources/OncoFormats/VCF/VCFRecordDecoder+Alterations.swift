import OncoModel

extension VCFRecordDecoder {
  /// The INFO facts the reader uses.
  struct InfoFacts {
    var annotation: Bytes?
    var somatic = false
    var somaticStatus: Int?
    var structuralType: String?
  }

  /// Builds the alterations of a record whose fixed columns passed the checks and emits them.
  mutating func buildAlterations(
    _ line: Bytes, record: FixedColumns, location: TextLocation,
    emit: (Alteration) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws {
    let info = readInfo(column(line, 7), offset: columns[7], location: location, diagnostic: diagnostic)
    alleles.reset(reference: record.reference, alternates: alternates)
    entries.removeAll(keepingCapacity: true)
    if let value = info.annotation, annotations != nil {
      annotations?.decode(value, alleles: alleles, into: &entries)
      reportUnmatched(location: location, diagnostic: diagnostic)
    }
    let hasSample = loadTumorSample(line, location: location, diagnostic: diagnostic)
    var origin = originHint
    if info.somatic || info.somaticStatus == 2 { origin = .somatic }
    if info.somaticStatus == 1 { origin = .germline }
    let referenceText = record.reference.string
    let allMatchFirst = alternates.count == 1 && entries.allSatisfy { $0.alleleIndex == 0 }
    for (index, alternate) in alternates.enumerated() {
      let syntax = syntaxes[index]
      guard syntax != .missing, syntax != .nonReference else { continue }
      // An SV caller's record (INFO SVTYPE) is structural even with spelled-out bases (Delly INS).
      let structural = syntax != .sequence || info.structuralType != nil
      var base = Alteration(
        sampleID: sampleID, kind: structural ? .structural : .mutation, gene: nil,
        position: GenomicPosition(chromosome: record.chromosome, position: record.position),
        ref: referenceText, alt: alternate.string, filter: record.filter, origin: origin,
        location: location)
      if hasSample {
        base.vaf = metrics.vaf(
          alternate: index, layout: formatLayout, reference: record.reference, alternate: alternate)
        base.depth = metrics.depth(layout: formatLayout)
      }
      if structural {
        base.structuralClass = info.structuralType ?? Self.structuralClass(alternate, syntax)
      }
      let type = Self.variantType(
        reference: record.reference, alternate: alternate, structural: base.structuralClass)
      let inFrame = abs(record.reference.count - alternate.count) % 3 == 0
      // One ALT whose entries all matched it (the usual case): no index list to build.
      let own: [Int]? = allMatchFirst ? nil : entries.indices.filter { entries[$0].alleleIndex == index }
      let choices =
        own.map { TranscriptChoice.choose(entries, among: $0) }
        ?? TranscriptChoice.choose(entries, among: entries.indices)
      if choices.isEmpty {
        try emit(base)
        continue
      }
      let genes =
        base.kind != .structural
        ? []
        : own.map { TranscriptChoice.allGenes(entries, $0) }
          ?? TranscriptChoice.allGenes(entries, entries.indices)
      if choices.count == 1 {  // the common case, without a copy of `base`
        describe(&base, with: choices[0], type: type, inFrame: inFrame)
        if base.kind == .structural { base.fusionPartners = genes.filter { $0 != choices[0].gene } }
        try emit(base)
        continue
      }
      for choice in choices {
        var alteration = base
        describe(&alteration, with: choice, type: type, inFrame: inFrame)
        if alteration.kind == .structural {
          alteration.fusionPartners = genes.filter { $0 != choice.gene }
        }
        try emit(alteration)
      }
    }
  }

  /// Fills gene, consequence, class, HGVS and feature numbers from a gene's chosen entry.
  mutating func describe(
    _ alteration: inout Alteration, with choice: TranscriptChoice.GeneChoice,
    type: Consequences.VariantType, inFrame: Bool
  ) {
    // Each entry belongs to one choice: move the annotations out instead of copying them,
    // then describe the alteration from its own copy of the chosen one.
    var chosen = 0
    alteration.annotations = choice.members.enumerated().map { position, member in
      if member == choice.representative { chosen = position }
      var taken = TranscriptAnnotation()
      swap(&taken, &entries[member].annotation)
      return taken
    }
    let annotation = alteration.annotations[chosen]
    alteration.gene = choice.gene
    alteration.consequence = annotation.consequences.first
    if let term = alteration.consequence {
      alteration.variantClass = Consequences.variantClass(of: term, type: type, inFrame: inFrame)
    }
    alteration.impact = annotation.impact
    alteration.transcript = annotation.transcript
    alteration.hgvsc = annotation.hgvsc
    alteration.proteinChange = ProteinChangeText.normalize(annotation)
    alteration.exon = annotation.exon
    alteration.intron = annotation.intron
  }

  /// vcf2maf's variant type: after dropping shared leading bases, equal lengths are substitutions.
  static func variantType(reference: Bytes, alternate: Bytes, structural: String?)
    -> Consequences.VariantType
  {
    if let structural {
      if structural.hasPrefix("DEL") { return .deletion }
      if structural.hasPrefix("INS") || structural.hasPrefix("DUP") { return .insertion }
      return .substitution
    }
    if reference.count == alternate.count { return .substitution }
    return reference.count < alternate.count ? .insertion : .deletion
  }

  /// `DEL` for `<DEL>`, `DUP:TANDEM` for `<DUP:TANDEM>`, `BND` for a breakend, `*` for `*`.
  static func structuralClass(_ allele: Bytes, _ syntax: AlleleSyntax) -> String {
    switch syntax {
    case .symbolic: return allele.slice(1..<(allele.count - 1)).string
    case .breakend: return "BND"
    default: return allele.string
    }
  }

  private mutating func readInfo(
    _ text: Bytes, offset: Int, location: TextLocation, diagnostic: (Diagnostic) -> Void
  ) -> InfoFacts {
    var facts = InfoFacts()
    guard !text.isMissing else { return facts }
    let annotationTag = annotations?.layout.tagBytes
    text.forEachPiece(separatedBy: ASCII.semicolon) { pair, start in
      let equals = pair.index(of: ASCII.equals)
      let key = equals.map { pair.slice(0..<$0) } ?? pair
      let value = equals.map { pair.suffix(from: $0 + 1) }
      if !key.isEmpty, !infoTags.check(key) {
        diagnostic(
          Diagnostic(
            .warning, at: TextLocation(file: path, line: location.line, column: offset + start + 1),
            "INFO tag '\(key.string)' is not declared in the header",
            hint: value == nil ? "assuming Type=Flag" : "assuming Type=String"))
        if annotations == nil, let layout = AnnotationLayout.wellKnown(tag: key.string) {
          annotations = AnnotationDecoder(layout: layout)
        }
      }
      if let value {
        if let annotationTag, annotationTag.withUnsafeBufferPointer({ key.equals($0) }) {
          facts.annotation = value
        } else if key.equals("SS") {
          facts.somaticStatus = value.parseInt()
        } else if key.equals("SVTYPE") {
          facts.structuralType = value.percentDecoded()
        }
      } else if key.equals("SOMATIC") {
        facts.somatic = true
      }
      return true
    }
    if facts.annotation == nil, let tag = annotations?.layout.tagBytes, annotationTag == nil {
      // The tag was undeclared and just recognised: read it now.
      text.forEachPiece(separatedBy: ASCII.semicolon) { pair, _ in
        guard let equals = pair.index(of: ASCII.equals),
          tag.withUnsafeBufferPointer({ pair.slice(0..<equals).equals($0) })
        else { return true }
        facts.annotation = pair.suffix(from: equals + 1)
        return false
      }
    }
    return facts
  }

  /// Reads the tumour sample's FORMAT values; false when the record has no such sample.
  private mutating func loadTumorSample(
    _ line: Bytes, location: TextLocation, diagnostic: (Diagnostic) -> Void
  ) -> Bool {
    guard let tumorIndex, columnCount > 9 + tumorIndex else { return false }
    let format = column(line, 8)
    if formatLayout.update(format) {
      var offset = columns[8]
      for key in formatLayout.keys {
        let bytes = Array(key.utf8)
        if !bytes.withUnsafeBufferPointer({ formatTags.check($0) }), key != "." {
          diagnostic(
            Diagnostic(
              .warning, at: TextLocation(file: path, line: location.line, column: offset + 1),
              "FORMAT tag '\(key)' is not declared in the header", hint: "assuming Type=String"))
        }
        offset += bytes.count + 1
      }
    }
    let sampleColumn = 9 + tumorIndex
    metrics.load(
      sample: column(line, sampleColumn), layout: formatLayout, header: header,
      alternateCount: alternates.count)
    for problem in metrics.problems {
      diagnostic(
        Diagnostic(
          .warning, at: TextLocation(file: path, line: location.line, column: columns[sampleColumn] + 1),
          "FORMAT \(problem.key) of the tumour sample is not a number", found: problem.found,
          hint: "the value was left empty"))
    }
    return true
  }

  private func reportUnmatched(location: TextLocation, diagnostic: (Diagnostic) -> Void) {
    guard let unmatched = entries.first(where: { $0.alleleIndex == nil }),
      let tag = annotations?.layout.tag
    else { return }
    let count = entries.count { $0.alleleIndex == nil }
    diagnostic(
      Diagnostic(
        .warning, at: TextLocation(file: path, line: location.line, column: columns[7] + 1),
        "\(count) \(tag) entr\(count == 1 ? "y" : "ies") name an allele that is not an ALT",
        found: unmatched.alleleText, hint: "those entries were ignored"))
  }
}
