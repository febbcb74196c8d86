#!/usr/bin/env Rscript
# Reference values for OncoSurvivalTests, computed with R `survival` (3.5.3 here).
# Run from this folder: `Rscript make_reference.R`. It writes the data sets as CSV
# (write.csv: quoted strings, NA for missing) and one JSON file of results per data set,
# every number printed with 17 significant digits, so the Swift tests need no R.
suppressPackageStartupMessages(library(survival))

# --- a tiny JSON writer with full precision (jsonlite stops at 15 digits) ---
arr <- function(x) structure(x, class = "AsIs")
num <- function(x) ifelse(is.na(x), "null",
  ifelse(is.infinite(x), "null", sprintf("%.17g", x)))
to_json <- function(x) {
  if (is.null(x)) return("null")
  if (is.list(x)) {
    body <- vapply(x, to_json, "")
    if (!is.null(names(x)))
      return(paste0("{", paste0('"', names(x), '":', body, collapse = ","), "}"))
    return(paste0("[", paste(body, collapse = ","), "]"))
  }
  vals <- if (is.character(x)) paste0('"', x, '"')
    else if (is.logical(x)) ifelse(is.na(x), "null", ifelse(x, "true", "false"))
    else num(as.numeric(unclass(x)))
  if (length(x) == 1 && !inherits(x, "AsIs")) vals
  else paste0("[", paste(vals, collapse = ","), "]")
}
write_json <- function(x, file) writeLines(to_json(x), file)

# --- pieces ---
curve <- function(fit) {
  strata <- if (is.null(fit$strata)) rep("all", length(fit$time)) else
    rep(sub(".*=", "", names(fit$strata)), fit$strata)
  lapply(split(seq_along(fit$time), factor(strata, unique(strata))), function(i) list(
    time = arr(fit$time[i]), n_risk = arr(fit$n.risk[i]), n_event = arr(fit$n.event[i]),
    n_censor = arr(fit$n.censor[i]), surv = arr(fit$surv[i]), std_err = arr(fit$std.err[i]),
    lower = arr(fit$lower[i]), upper = arr(fit$upper[i])))
}
km_summary <- function(fit, tau) {
  tb <- summary(fit, rmean = tau)$table
  if (is.null(dim(tb))) tb <- matrix(tb, nrow = 1, dimnames = list("all", names(tb)))
  q <- quantile(fit, probs = c(0.25, 0.5, 0.75))
  lapply(seq_len(nrow(tb)), function(k) list(
    median = tb[k, "median"], lower = tb[k, grep("LCL", colnames(tb))],
    upper = tb[k, grep("UCL", colnames(tb))], rmean = tb[k, "rmean"],
    rmean_se = tb[k, "se(rmean)"], tau = tau,
    quantile_p = arr(c(0.25, 0.5, 0.75)),
    quantile = arr(matrix(q$quantile, ncol = 3)[k, ]),
    quantile_lower = arr(matrix(q$lower, ncol = 3)[k, ]),
    quantile_upper = arr(matrix(q$upper, ncol = 3)[k, ])))
}
km <- function(formula, data, tau = 365, types = c("log", "log-log", "plain"), level = 0.95) {
  out <- list()
  for (ct in types) {
    fit <- survfit(formula, data = data, conf.type = ct, conf.int = level)
    out[[ct]] <- list(curves = curve(fit), summary = km_summary(fit, tau))
  }
  out
}
logrank <- function(formula, data, rho = 0) {
  s <- survdiff(formula, data = data, rho = rho)
  list(chisq = s$chisq, df = length(s$n) - 1, p = pchisq(s$chisq, length(s$n) - 1, lower.tail = FALSE),
       # stratified: survdiff gives groups x strata matrices; the test uses their row sums
       observed = arr(if (is.matrix(s$obs)) rowSums(s$obs) else as.numeric(s$obs)),
       expected = arr(if (is.matrix(s$exp)) rowSums(s$exp) else as.numeric(s$exp)),
       variance = arr(as.numeric(s$var)), n = arr(as.numeric(s$n)))
}
# Log-rank with delayed entry written out by hand (survdiff refuses counting-process data):
# risk set at t = {entry < t <= exit}; hypergeometric variance, as survdiff uses.
logrank_lt <- function(entry, time, status, group) {
  g <- sort(unique(group)); k <- length(g)
  O <- E <- numeric(k); V <- matrix(0, k, k)
  for (t in sort(unique(time[status == 1]))) {
    risk <- entry < t & time >= t
    n <- sum(risk); d <- sum(time == t & status == 1)
    nj <- sapply(g, function(x) sum(risk & group == x))
    dj <- sapply(g, function(x) sum(time == t & status == 1 & group == x))
    O <- O + dj; E <- E + d * nj / n
    if (n > 1) V <- V + d * (n - d) / (n^2 * (n - 1)) * (diag(nj * n) - outer(nj, nj))
  }
  chisq <- drop(t(O - E)[, -k] %*% solve(V[-k, -k], (O - E)[-k]))
  list(chisq = chisq, df = k - 1, p = pchisq(chisq, k - 1, lower.tail = FALSE),
       observed = arr(O), expected = arr(E), variance = arr(as.numeric(V)))
}
test3 <- function(stat, df) list(chisq = stat, df = df, p = pchisq(stat, df, lower.tail = FALSE))
cox <- function(formula, data, ties) {
  m <- coxph(formula, data = data, ties = ties, x = TRUE, y = TRUE, model = TRUE)
  s <- summary(m)
  z <- cox.zph(m)
  ci <- s$conf.int
  list(ties = ties, n = m$n, events = m$nevent, iterations = m$iter,
       names = arr(names(coef(m))), coef = arr(unname(coef(m))),
       se = arr(unname(sqrt(diag(m$var)))), var = arr(as.numeric(m$var)),
       z = arr(unname(s$coefficients[, "z"])), p = arr(unname(s$coefficients[, "Pr(>|z|)"])),
       hr_lower = arr(unname(ci[, "lower .95"])), hr_upper = arr(unname(ci[, "upper .95"])),
       loglik = arr(m$loglik),
       wald = test3(unname(m$wald.test), length(coef(m))),  # summary() rounds its waldtest
       lr = test3(unname(s$logtest["test"]), unname(s$logtest["df"])),
       score = test3(unname(s$sctest["test"]), unname(s$sctest["df"])),
       concordance = unname(m$concordance["concordance"]),
       zph = list(terms = arr(rownames(z$table)), chisq = arr(unname(z$table[, "chisq"])),
                  df = arr(unname(z$table[, "df"])), p = arr(unname(z$table[, "p"]))))
}

# --- lung, with a seeded delayed-entry time (the issue's recipe) ---
lung2 <- lung
set.seed(1)
lung2$entry <- floor(runif(nrow(lung2), 0, pmin(lung2$time, 200)))
write.csv(lung2, "lung.csv", row.names = FALSE)
write_json(list(
  call = "survfit/survdiff/coxph on survival::lung (status 1 = censored, 2 = dead)",
  km_sex = km(Surv(time, status) ~ sex, lung2),
  km_sex_90 = km(Surv(time, status) ~ sex, lung2, types = "log", level = 0.9),
  km_all = km(Surv(time, status) ~ 1, lung2, types = "log"),
  logrank_sex = logrank(Surv(time, status) ~ sex, lung2),
  logrank_sex_rho1 = logrank(Surv(time, status) ~ sex, lung2, rho = 1),
  logrank_ecog = logrank(Surv(time, status) ~ ph.ecog, lung2),
  logrank_sex_strata_ecog = logrank(Surv(time, status) ~ sex + strata(ph.ecog), lung2),
  logrank_sex_by_hand = with(lung2, logrank_lt(rep(0, length(time)), time, status - 1, sex)),
  cox_efron = cox(Surv(time, status) ~ sex + age, lung2, "efron"),
  cox_breslow = cox(Surv(time, status) ~ sex + age, lung2, "breslow"),
  cox_three = cox(Surv(time, status) ~ sex + age + ph.karno, lung2, "efron"),
  cox_strata = cox(Surv(time, status) ~ sex + age + strata(ph.ecog), lung2, "efron")),
  "lung.json")

# --- lung with delayed entry: Surv(entry, time, status) ---
write_json(list(
  call = "Surv(entry, time, status) on lung with set.seed(1); entry <- floor(runif(n, 0, pmin(time, 200)))",
  km_sex = km(Surv(entry, time, status) ~ sex, lung2),
  logrank_sex = with(lung2, logrank_lt(entry, time, status - 1, sex)),
  cox_efron = cox(Surv(entry, time, status) ~ sex + age, lung2, "efron"),
  cox_breslow = cox(Surv(entry, time, status) ~ sex + age, lung2, "breslow"),
  cox_strata = cox(Surv(entry, time, status) ~ sex + age + strata(ph.ecog), lung2, "efron")),
  "lung_entry.json")

# --- veteran: categorical celltype; levels sorted (as read from CSV) and with R's own order ---
vet <- veteran
vet$celltype <- as.character(vet$celltype)
write.csv(vet, "veteran.csv", row.names = FALSE)
vet_sorted <- transform(vet, celltype = factor(celltype))
vet_squamous <- transform(vet, celltype = relevel(factor(celltype), ref = "squamous"))
write_json(list(
  call = "coxph on survival::veteran with celltype as a factor",
  km_trt = km(Surv(time, status) ~ trt, vet, tau = 200),
  logrank_celltype = logrank(Surv(time, status) ~ celltype, vet_sorted),
  cox_celltype = cox(Surv(time, status) ~ trt + karno + celltype, vet_sorted, "efron"),
  cox_celltype_squamous = cox(Surv(time, status) ~ trt + karno + celltype, vet_squamous, "efron")),
  "veteran.json")

# --- ovarian ---
write.csv(ovarian, "ovarian.csv", row.names = FALSE)
write_json(list(
  call = "survfit/survdiff/coxph on survival::ovarian",
  km_rx = km(Surv(futime, fustat) ~ rx, ovarian, tau = 1000),
  logrank_rx = logrank(Surv(futime, fustat) ~ rx, ovarian),
  cox_efron = cox(Surv(futime, fustat) ~ age + ecog.ps + rx, ovarian, "efron"),
  cox_breslow = cox(Surv(futime, fustat) ~ age + ecog.ps + rx, ovarian, "breslow")),
  "ovarian.json")

# --- aml (tiny, many ties) ---
write.csv(aml, "aml.csv", row.names = FALSE)
write_json(list(
  call = "survfit/survdiff/coxph on survival::aml",
  km_x = km(Surv(time, status) ~ x, aml, tau = 50),
  logrank_x = logrank(Surv(time, status) ~ x, aml),
  cox_efron = cox(Surv(time, status) ~ x, aml, "efron"),
  cox_breslow = cox(Surv(time, status) ~ x, aml, "breslow")),
  "aml.json")

# --- competing risks: mgus2, progression vs death (Aalen-Johansen) ---
etime <- with(mgus2, ifelse(pstat == 0, futime, ptime))
ev <- with(mgus2, ifelse(pstat == 0, 2 * death, 1))
cr <- data.frame(etime = etime, event = ev)
write.csv(cr, "mgus2_competing.csv", row.names = FALSE)
fit <- survfit(Surv(etime, factor(event, 0:2, labels = c("censor", "pcm", "death"))) ~ 1, data = cr)
write_json(list(
  call = "survfit(Surv(etime, factor(event, 0:2)) ~ 1) on survival::mgus2 (1 = PCM, 2 = death)",
  time = arr(fit$time), n_risk = arr(fit$n.risk[, 1]),
  cif_pcm = arr(fit$pstate[, 2]), cif_death = arr(fit$pstate[, 3]),
  event_free = arr(fit$pstate[, 1])), "mgus2_competing.json")

# --- special functions (CSV: JSON parsers may round the last digit; Double(String) does not) ---
xs <- c(1e-8, 0.001, 0.5, 1, 2.5, 3.841458820694124, 10, 30, 60, 100, 250)
dfs <- c(1, 2, 2.5, 3, 5, 7.5, 10, 30)
grid <- expand.grid(x = xs, df = dfs)
zs <- c(-8, -3, -1.96, -0.5, 0, 0.3, 1, 1.959963984540054, 3, 5, 8, 12, 20, 37)
ps <- c(1e-12, 1e-6, 0.001, 0.025, 0.05, 0.3, 0.5, 0.9, 0.95, 0.975, 0.999999)
f17 <- function(x) sprintf("%.17g", x)
write.csv(data.frame(function_name = "pchisq_upper", x = f17(grid$x), df = f17(grid$df),
  value = f17(pchisq(grid$x, grid$df, lower.tail = FALSE))), "special_functions.csv",
  row.names = FALSE, quote = FALSE)
more <- rbind(
  data.frame(function_name = "pchisq_lower", x = f17(grid$x), df = f17(grid$df),
             value = f17(pchisq(grid$x, grid$df))),
  data.frame(function_name = "pnorm_upper", x = f17(zs), df = "NA",
             value = f17(pnorm(zs, lower.tail = FALSE))),
  data.frame(function_name = "qnorm", x = f17(ps), df = "NA", value = f17(qnorm(ps))),
  data.frame(function_name = "pgamma_upper", x = f17(c(40, 0.3, 5)), df = f17(c(12.3, 0.7, 3.2)),
             value = f17(pgamma(c(40, 0.3, 5), c(12.3, 0.7, 3.2), lower.tail = FALSE))))
write.table(more, "special_functions.csv", append = TRUE, sep = ",", row.names = FALSE,
  col.names = FALSE, quote = FALSE)
