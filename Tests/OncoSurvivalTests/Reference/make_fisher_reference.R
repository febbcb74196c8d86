# Reference values for FisherExactTest and BenjaminiHochberg (R 'stats').
# Run from this folder: Rscript make_fisher_reference.R > fisher.csv
tables <- list(
  c(3, 1, 1, 3), c(10, 2, 3, 15), c(0, 5, 5, 0), c(0, 0, 4, 6), c(1, 9, 11, 3),
  c(12, 5, 7, 40), c(2, 30, 25, 1), c(50, 48, 52, 49), c(7, 0, 0, 0), c(5, 14, 22, 9),
  c(1, 0, 0, 1), c(40, 1, 2, 60)
)
cat("a,b,c,d,p\n")
for (t in tables) {
  m <- matrix(t, nrow = 2, byrow = TRUE)
  p <- fisher.test(m)$p.value
  cat(sprintf("%d,%d,%d,%d,%.17g\n", t[1], t[2], t[3], t[4], p))
}
