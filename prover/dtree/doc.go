// Package dtree is the ZKML program: decision-tree classifier inference over
// a batch of samples, cut into segments of SegmentSize samples and proven
// with Groth16 over BN254.
//
// # Statement
//
// Each segment proves, with public inputs (ProgramID, StateIn, StateOut):
// ProgramID is the model hash of a tree; StateOut is the Poseidon2 sponge of
// StateIn followed by the segment's records, where record i is the sample's
// sixteen-bit features and pv_i = valid_i * (prediction_i + 1), and
// prediction_i is what the committed tree predicts for those features.
// Padding slots of the last segment have valid = 0, zero features and
// pv = 0. The task's initial state is a constant; the final state is
// therefore a function of the quantised inputs and the predictions alone,
// which any verifier recomputes from the inputs and the journal
// (Program.Expect) without running the model.
//
// # Model commitment
//
// The tree is laid out breadth-first with siblings adjacent, so that a
// split at index i sends a sample to Child[i] + 0 (left, x <= threshold,
// smartcore's rule) or Child[i] + 1 (right). Leaves point to themselves with
// threshold 65535, so a fixed number of steps (the family's depth) reaches
// and then stays at the leaf. Unused slots up to the family's node count are
// such leaves of class 0. The model hash is the sponge of a digest of the
// quantisation parameters followed by every slot's (threshold 16 bits,
// feature log2(F) bits, child log2(N) bits, class 16 bits), all range-checked
// in the circuit so the packing is injective.
//
// # Quantisation
//
// Features become unsigned 16-bit fixed point, per feature:
// q(x) = clamp(floor((x - lo) * scale) + 256, 0, 65535), where lo and scale
// map the model's thresholds on that feature onto [256, 65256]. q is
// monotone, so x <= t implies q(x) <= q(t); the executor checks every
// comparison each sample makes on its path and refuses the task, naming
// the sample and feature, when a value and a threshold fall into one
// step and the prediction could change. The parameters depend only on the
// model, so the model hash does not depend on the inputs.
//
// # Circuit
//
// Per sample and level: one logderivlookup query for the packed node word
// Thr + 2^32*Feat + 2^64*Child (the three fields are taken apart by a hint;
// the unpacking is sound because each field is bounded by its later use:
// the feature indexes the sample table, the child indexes the node table and
// the threshold enters a 17-bit range check, and the word's 32-bit gaps
// exceed those bounds), one query for the feature value, and a comparison
// as 2^16 + thr - x = goLeft*2^16 + low with goLeft boolean and low
// range-checked to 16 bits by gnark's commitment-based range checker. The
// leaf's class comes from a second table. No api.Cmp anywhere.
//
// # Circuit families
//
// Shapes map to families named "dtree/v1/d<D>-n<N>-f<F>-s<S>":
// depth D in {4, 6, 8, 12, 16} (the traversal length), node slots N in
// powers of two from 32 to 131072, features F in {4, 8, 16, 32}
// and segment size S a power of two from 8 to 4096. A model uses the
// smallest D, N and F that hold it; the Iris tree (depth 6, 17 nodes,
// 4 features) is d6-n32-f4.
package dtree
