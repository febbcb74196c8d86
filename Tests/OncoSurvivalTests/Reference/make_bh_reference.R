# Reference values for BenjaminiHochberg (R: p.adjust(method = "BH")).
# Run from this folder: Rscript make_bh_reference.R > bh.csv
p <- c(0.01, 0.04, 0.03, 0.005, 0.5, 0.04, NA, 1, 0.0001, 0.2)
adj <- p.adjust(p, method = "BH")
cat("p,adjusted\n")
for (i in seq_along(p)) cat(sprintf("%s,%s\n", ifelse(is.na(p[i]), "NA", sprintf("%.17g", p[i])),
  ifelse(is.na(adj[i]), "NA", sprintf("%.17g", adj[i]))))
