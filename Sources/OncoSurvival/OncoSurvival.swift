// OncoSurvival: pure survival statistics (Kaplan–Meier, log-rank, Cox, RMST, delayed entry).
// The module knows nothing of oncology; see DESIGN.md.
