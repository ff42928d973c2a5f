package io.dtaolab.experiment.sweep;

/**
 * A point of the cost-of-attack curve: for one preset and one adversary budget, the emission redirected to the
 * target (distribution over every run at that budget) and the share of those runs that paid off.
 */
public record CostPoint(String preset, double budgetTao, int runs, Stats redirectedTao, double paidOffShare) {
}
