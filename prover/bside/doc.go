// Package bside writes R1CS constraints a·b = c with the caller, not
// gnark's builder, choosing which factor goes to Groth16's B matrix.
//
// Why it matters: a Groth16 prover runs one G2 multi-scalar multiplication
// (and one G1) over the wires that appear in B, and the bucket method's
// cost of a wire is the size of its value: a full-size field element costs
// about sixteen additions, a byte or a small index one. gnark's R1CS
// builder puts the factor with fewer terms in B, which minimises the
// number of B wires but, for an inverse or a quotient q·d = m, places the
// fresh full-size wire q there while d is a challenge less a query of
// small parts. The circuits this package serves (prover/dtree's
// log-derivative lookups, prover/poseidon's S-boxes for the dtree family)
// place such constraints the other way round: the same constraints in
// number and meaning, fewer full-size wires in B (BENCHMARKS.md, "Full-size
// wires out of B").
//
// A Writer falls back on the frontend's own operations where it cannot
// place (gnark's test engine, a PLONK builder, a constant factor), so
// circuits that use it compile and solve everywhere; only the R1CS placing
// differs. Products and quotients that need a fresh wire get it from a
// hint, which the constraint then binds: the prover chooses nothing.
//
// Callers: prover/dtree (lookups), prover/poseidon (Circuit with PlaceB).
package bside
