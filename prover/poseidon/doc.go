// Package poseidon provides the two Poseidon2 constructions (BN254 scalar
// field) that every proving program uses, each in a native form and a
// circuit form that give identical results:
//
//   - Hash: a sponge over the width-16 permutation (8 full rounds, 57 partial
//     rounds; rate 15, capacity 1). The capacity lane starts at a domain tag,
//     so hashes of different kinds never collide. Inputs are absorbed 15
//     field elements per permutation (zero-padded; the input length is fixed
//     by the circuit shape, which the tag names). In an R1CS circuit one
//     permutation costs about 555 constraints, ~37 per absorbed element —
//     five times cheaper per element than the width-2 compression.
//   - Compress: the width-2 default permutation in Merkle–Damgård
//     compression mode (gnark's Compress: perm(l, r)[1] + r), used for short
//     sequential chains such as the hashchain program.
//
// Packer places small unsigned integers of known bit width into field
// elements (at most 252 bits per element, no value split across two), so
// that a sample of four 16-bit features costs a quarter of an element to
// hash. Packing is injective only when every value is range-checked to its
// width in the circuit; callers own those checks.
package poseidon
