# Reference for CoxAttributeCovariatesTests: the adjusted Cox model of the hand-made cBioPortal
# study ../cox-attributes, fitted by R's survival::coxph.
#
#   Rscript cox-attributes.R > cox-attributes-expected.tsv   (run from this folder)
#
# Times as OncoCohort reads them: OS_MONTHS × 30.4375 rounded to whole days (no value falls on a
# half day, so R's rounding rule does not matter), from the diagnosis, day 0 of the study.
# ECOG is numeric; SMOKING is a factor whose first level (Current) is the reference; ARM is the
# group of `groups: {by: ARM}`, reference A. Efron ties, as OncoSurvival.
# Run with R 4.2.2, survival 3.5.3.
library(survival)
d <- read.delim("../cox-attributes/data_clinical_patient.txt", comment.char = "#",
                stringsAsFactors = FALSE)
d$days <- round(d$OS_MONTHS * 30.4375)
d$status <- as.integer(substr(d$OS_STATUS, 1, 1))
d$ARM <- factor(d$ARM)
d$SMOKING <- factor(d$SMOKING)
fit <- coxph(Surv(days, status) ~ ARM + ECOG + SMOKING, data = d, ties = "efron")
s <- summary(fit)
out <- data.frame(
  term = c("group: B", "ECOG", "SMOKING: Former", "SMOKING: Never"),
  coef = s$coefficients[, "coef"], hr = s$conf.int[, "exp(coef)"],
  lower = s$conf.int[, "lower .95"], upper = s$conf.int[, "upper .95"],
  p = s$coefficients[, "Pr(>|z|)"])
write.table(format(out, digits = 15), sep = "\t", quote = FALSE, row.names = FALSE)
