import Foundation
import OncoTestSupport
import Testing

/// `oncocohort survival` end to end: the built binary on R's data sets (values from
/// `Tests/OncoSurvivalTests/Reference/*.json`, computed with R survival 3.5.3), on hand-written
/// tables with every event coding, quoting and missing-value token, and on bad input.
@Suite struct SurvivalCommandTests {
  static let reference = Fixtures.packageRoot.appendingPathComponent(
    "Tests/OncoSurvivalTests/Reference")

  static func referenceJSON(_ name: String) throws -> [String: Any] {
    let data = try Data(contentsOf: reference.appendingPathComponent(name))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  static func runJSON(_ arguments: [String]) throws -> [String: Any] {
    let result = try CLI.run(["survival"] + arguments + ["--format", "json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  static func write(_ text: String, name: String = "table.csv") throws -> String {
    let url = try Fixtures.temporaryDirectory().appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  static func close(_ a: Any?, _ b: Any?, _ relative: Double = 1e-6) -> Bool {
    guard let a = (a as? NSNumber)?.doubleValue, let b = (b as? NSNumber)?.doubleValue else {
      return false
    }
    return abs(a - b) <= relative * abs(b) + 1e-10
  }

  @Test func lungMatchesR() throws {
    let path = Self.reference.appendingPathComponent("lung.csv").path
    let out = try Self.runJSON([
      "--table", path, "--time", "time", "--event", "status", "--group", "sex",
      "--covariates", "sex,age", "--rmst", "365",
    ])
    let r = try Self.referenceJSON("lung.json")
    #expect(out["schema"] as? String == "oncocohort.survival/1")
    #expect(out["n"] as? Int == 228)
    #expect(out["events"] as? Int == 165)
    #expect(out["dropped"] as? Int == 0)
    let groups = try #require(out["groups"] as? [[String: Any]])
    let summaries = try #require(
      ((r["km_sex"] as? [String: Any])?["log"] as? [String: Any])?["summary"] as? [[String: Any]])
    #expect(groups.map { $0["name"] as? String } == ["1", "2"])
    for (group, summary) in zip(groups, summaries) {
      #expect(Self.close(group["median"], summary["median"]))
      #expect(Self.close(group["median_lower"], summary["lower"]))
      #expect(Self.close(group["median_upper"], summary["upper"]))
      #expect(Self.close(group["rmst"], summary["rmean"]))
      #expect(Self.close(group["rmst_se"], summary["rmean_se"]))
    }
    let logrank = try #require(out["logrank"] as? [String: Any])
    #expect(Self.close(logrank["chi2"], (r["logrank_sex"] as? [String: Any])?["chisq"]))
    let cox = try #require(out["cox"] as? [String: Any])
    let rCox = try #require(r["cox_efron"] as? [String: Any])
    let terms = try #require(cox["terms"] as? [[String: Any]])
    let coefficients = try #require(rCox["coef"] as? [Any])
    #expect(terms.map { $0["name"] as? String } == ["sex", "age"])
    #expect(zip(terms, coefficients).allSatisfy { Self.close($0["coef"], $1) })
    #expect(Self.close(cox["concordance"], rCox["concordance"]))
    #expect(cox["ties"] as? String == "efron")
  }

  @Test func delayedEntryLogRankAndCoxMatchR() throws {
    let path = Self.reference.appendingPathComponent("lung.csv").path
    let out = try Self.runJSON([
      "--table", path, "--time", "time", "--event", "status", "--entry", "entry", "--group", "sex",
      "--covariates", "sex,age", "--ties", "breslow",
    ])
    let r = try Self.referenceJSON("lung_entry.json")
    let logrank = try #require(out["logrank"] as? [String: Any])
    #expect(Self.close(logrank["chi2"], (r["logrank_sex"] as? [String: Any])?["chisq"]))
    let cox = try #require(out["cox"] as? [String: Any])
    let loglik = try #require(cox["loglik"] as? [Any])
    let rLoglik = try #require((r["cox_breslow"] as? [String: Any])?["loglik"] as? [Any])
    #expect(zip(loglik, rLoglik).allSatisfy { Self.close($0, $1) })
  }

  @Test func everyEventCodingQuotingAndMissingTokenReadsTheSame() throws {
    // Six patients; the seventh to tenth rows miss a used value and are dropped.
    let plain = """
      id,months,status,arm
      1,5,1,a
      2,8,0,a
      3,3,1,b
      4,9,1,b
      5,12,0,a
      6,4,1,b
      7,,1,a
      8,NA,0,b
      9,7,.,a
      10,6,1,NaN

      """
    let codings: [(String, String)] = [
      ("1", "0"), ("2", "1"), ("TRUE", "FALSE"), ("1:DECEASED", "0:LIVING"),
    ]
    var answers: [String] = []
    for (event, censored) in codings {
      let text = plain.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
        index, line in
        guard index > 0, !line.isEmpty else { return String(line) }
        var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[2] = fields[2] == "1" ? event : fields[2] == "0" ? censored : fields[2]
        return fields.joined(separator: ",")
      }.joined(separator: "\n")
      let out = try Self.runJSON([
        "--table", try Self.write(text), "--time", "months", "--event", "status", "--group", "arm",
      ])
      #expect(out["n"] as? Int == 6)
      #expect(out["events"] as? Int == 4)
      #expect(out["dropped"] as? Int == 4)
      answers.append(Self.fingerprint(out))
    }
    #expect(Set(answers).count == 1)
    // Quoted header and values (R's write.csv) and a TSV give the same numbers.
    let quoted =
      "\"id\",\"months\",\"status\",\"arm\"\n\"1\",5,1,\"a\"\n\"2\",8,0,\"a\"\n\"3\",3,1,\"b\"\n\"4\",9,1,\"b\"\n\"5\",12,0,\"a\"\n\"6\",4,1,\"b\"\n"
    let tsv =
      "id\tmonths\tstatus\tarm\n1\t5\t1\ta\n2\t8\t0\ta\n3\t3\t1\tb\n4\t9\t1\tb\n5\t12\t0\ta\n6\t4\t1\tb\n"
    for (text, name) in [(quoted, "quoted.csv"), (tsv, "table.tsv")] {
      let out = try Self.runJSON([
        "--table", try Self.write(text, name: name), "--time", "months", "--event", "status",
        "--group", "arm",
      ])
      #expect(Self.fingerprint(out) == answers[0])
      #expect(out["dropped"] as? Int == 0)
    }
  }

  /// The log-rank statistic and observed counts, as text, to compare runs.
  static func fingerprint(_ out: [String: Any]) -> String {
    let logrank = out["logrank"] as? [String: Any]
    return "\(logrank?["chi2"] ?? "none") \(logrank?["observed"] ?? "none")"
  }

  @Test func handComputedCurveAndMedian() throws {
    // Arm a: times 5 (event), 8 (censored), 12 (censored): S(5) = 2/3, median not reached.
    // Arm b: 3, 4, 9 all events: S = 2/3, 1/3, 0; median 4.
    let text = "id,months,status,arm\n1,5,1,a\n2,8,0,a\n3,3,1,b\n4,9,1,b\n5,12,0,a\n6,4,1,b\n"
    let out = try Self.runJSON([
      "--table", try Self.write(text), "--time", "months", "--event", "status", "--group", "arm",
      "--landmarks", "4,100",
    ])
    let groups = try #require(out["groups"] as? [[String: Any]])
    #expect(groups[0]["median"] is NSNull)
    #expect(groups[1]["median"] as? Double == 4)
    let table = try #require(groups[1]["table"] as? [[String: Any]])
    #expect(table.map { $0["n_risk"] as? Int } == [3, 2, 1])
    #expect(Self.close(table[0]["survival"], 2.0 / 3, 1e-15))
    let landmarks = try #require(groups[1]["landmarks"] as? [[String: Any]])
    #expect(Self.close(landmarks[0]["survival"], 1.0 / 3, 1e-15))
    #expect(landmarks[1]["survival"] is NSNull)
    #expect(out["cox"] is NSNull)
  }

  /// Bad data: the table, the options beyond `--table`, and what stderr must say
  /// (`PATH` stands for the table's path).
  struct BadTable: Sendable, CustomStringConvertible {
    var table: String
    var options: [String]
    var message: String
    var description: String { message }
  }

  static let badTables: [BadTable] = [
    BadTable(
      table: "id,months,status\n1,5,1\n2,eight,0\n",
      options: ["--time", "months", "--event", "status"],
      message:
        "PATH:3:3: error: time column 'months' is not a number (expected a number, found 'eight')"),
    BadTable(
      table: "t,s\n1,1\n2,dead\n", options: ["--time", "t", "--event", "s"],
      message: "PATH:3:3: error: event column 's' has an unknown value"),
    BadTable(
      table: "t,s\n1,0\n2,2\n", options: ["--time", "t", "--event", "s"],
      message: "PATH:3:3: error: event column 's' mixes codings"),
    BadTable(
      table: "t,s,e\n5,1,0\n4,1,6\n", options: ["--time", "t", "--event", "s", "--entry", "e"],
      message: "PATH:3:5: error: entry time 6.0 is not before the exit time 4.0"),
    BadTable(
      table: "t,s\n1,1\n-2,0\n", options: ["--time", "t", "--event", "s"],
      message: "PATH:3:1: error: time -2.0 is negative"),
    BadTable(
      table: "t,s\n1,1\n\"2,0\n", options: ["--time", "t", "--event", "s"],
      message: "PATH:3:1: error: the quoted field is not closed on its line"),
    BadTable(
      table: "t,s,x\n1,1\n", options: ["--time", "t", "--event", "s", "--covariates", "x"],
      message: "PATH:2: error: the row has 2 fields; the header has 3"),
    BadTable(
      table: "t,s\n", options: ["--time", "t", "--event", "s"],
      message: "PATH: error: no row has all of t, s"),
    BadTable(
      // Deaths at 1, 3, 4, 6 all have x = 1: monotone likelihood (R warns, we stop).
      table: "t,s,x\n1,1,1\n2,0,1\n3,1,1\n4,1,1\n5,0,1\n6,1,1\n7,0,0\n8,1,0\n9,1,0\n10,0,0\n",
      options: ["--time", "t", "--event", "s", "--covariates", "x"],
      message: "PATH: error: the coefficient of 'x' is infinite (monotone likelihood)"),
  ]

  @Test(arguments: badTables) func badDataIsALocatedDataError(_ bad: BadTable) throws {
    let path = try Self.write(bad.table)
    let result = try CLI.run(["survival", "--table", path] + bad.options)
    #expect(result.status == 65)
    #expect(
      result.stderr.contains(bad.message.replacingOccurrences(of: "PATH", with: path)),
      "stderr: \(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test func unknownColumnSuggestsTheClosest() throws {
    let path = Self.reference.appendingPathComponent("lung.csv").path
    let result = try CLI.run(["survival", "--table", path, "--time", "tme", "--event", "status"])
    #expect(result.status == 65)
    #expect(result.stderr.contains("no column named 'tme'"))
    #expect(result.stderr.contains("did you mean 'time'?"))
  }

  @Test func badOptionsAreUsageErrors() throws {
    let path = Self.reference.appendingPathComponent("lung.csv").path
    let level = try CLI.run([
      "survival", "--table", path, "--time", "time", "--event", "status", "--conf-level", "95",
    ])
    #expect(level.status == 64)
    let ties = try CLI.run([
      "survival", "--table", path, "--time", "time", "--event", "status", "--ties", "exact",
    ])
    #expect(ties.status == 64)
  }

  @Test func textReportAndOutputFile() throws {
    let path = Self.reference.appendingPathComponent("veteran.csv").path
    let output = try Fixtures.temporaryDirectory().appendingPathComponent("out.txt").path
    let result = try CLI.run([
      "survival", "--table", path, "--time", "time", "--event", "status", "--group", "trt",
      "--covariates", "trt,karno,celltype", "--output", output,
    ])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    let text = try String(contentsOfFile: output, encoding: .utf8)
    #expect(text.contains("137 observations, 128 events"))
    #expect(text.contains("celltypelarge"))
    #expect(text.contains("log-rank"))
  }

  @Test func sharedLifelinesLungReadsItsFloatsAndZeroOneStatus() throws {
    // lifelines' lung.csv is R's lung with status recoded 1 = dead, 0 = censored, integers
    // written as floats and empty cells; KM medians by sex must equal R's on survival::lung.
    let out = try Self.runJSON([
      "--table", Fixtures.shared("lifelines/lung.csv"), "--time", "time", "--event", "status",
      "--group", "sex",
    ])
    let r = try Self.referenceJSON("lung.json")
    let summaries = try #require(
      ((r["km_sex"] as? [String: Any])?["log"] as? [String: Any])?["summary"] as? [[String: Any]])
    let groups = try #require(out["groups"] as? [[String: Any]])
    #expect(groups.count == 2)
    for (group, summary) in zip(groups, summaries) {
      #expect(Self.close(group["median"], summary["median"]))
      #expect(Self.close(group["median_upper"], summary["upper"]))
    }
  }
}
