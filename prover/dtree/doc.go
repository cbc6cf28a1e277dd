// Package dtree is the ZKML program: decision-tree classifier inference over
// a batch of samples, cut into segments of SegmentSize samples and proven
// with Groth16 over BN254.
//
// # Statement
//
// Each segment proves, with public inputs (ProgramID, StateIn, StateOut,
// InputIn, InputOut, Binding): ProgramID is the model hash of a tree;
// StateOut is the Poseidon2 sponge of StateIn followed by, per sample,
// pv_i = valid_i * (prediction_i + 1), where prediction_i is what the
// committed tree predicts for the sample's features; InputOut is the sponge
// of InputIn followed by the samples' sixteen-bit features and valid flags
// (the input chain, which ends at the task's input digest); Binding ties
// the seal to (task, prover, price) (package receipt). Padding slots of the
// last segment have valid = 0, zero features and pv = 0. The task's initial
// state is a constant; the final state is therefore a function of the
// quantised inputs and the predictions alone, which any verifier recomputes
// from the inputs and the journal (Program.Expect) without running the
// model.
//
// # Model commitment
//
// The tree is laid out breadth-first with siblings adjacent, so that a
// split in slot i sends a sample to child + 0 (left, x <= threshold,
// smartcore's rule) or child + 1 (right), where child = 1 + 2 × (the number
// of splits in the slots before i). A slot holds a split bit, a feature
// (0 for a leaf) and a 16-bit value: a split's quantised threshold, a
// leaf's class. Slots past the model's nodes are leaves of class 0. The
// model hash is the sponge of a digest of the quantisation parameters
// followed by every slot's (split + 2 × feature, 9 bits) and value (16
// bits); the circuit checks the split bit is a bit and the feature and the
// value's two bytes are bytes, so the packing is injective, and derives
// every child pointer from the split bits.
//
// # Circuit
//
// The circuit builds, from the hashed slots, a node table of words
// thr + 2^32·look + 2^64·child per slot: a split's threshold, feature and
// left child; a leaf's class, the pseudo-feature Features (whose value is
// 0 in every sample) and itself, so that from a leaf every further step
// compares 0 with the class, goes left and stays: a fixed number of steps
// (the family's depth) reaches the leaf and then holds it. A final lookup
// of the leaf's word yields its class.
//
// Per sample and level: the solver reads the node word at the current slot
// and splits it into look and child (hints); the circuit looks up x, the
// sample's value of feature look, and checks thr + 2^16 − x =
// goLeft·2^16 + lo + 256·hi with lo and hi bytes and goLeft a bit, and that
// (slot, thr + 2^32·look + 2^64·child), with thr as that expression
// defines it, is a node entry; the next slot is child + 1 − goLeft. Seven
// constraints a level: the node query (2), the feature query (1), look as a
// byte (1), goLeft a bit (1), lo and hi bytes (2). The lookups are
// log-derivative arguments of our own (logup.go): a pair table for nodes,
// a keyed one-column table for the samples' features, a constant byte
// table; they share one gnark commitment. Soundness of the decoding: the
// node query matches an entry exactly in both index and value (a random
// linear combination), the feature query's index is exact once look is a
// byte, so x is the sample's feature, thr lies in [−2^16, 2^17), and the
// next step's exact index match then forces child, look and thr to be the
// node's own. No api.Cmp anywhere.
//
// Costs (R1CS), measured by BenchmarkConstraintsPerSample in prover/local:
// 7 constraints a level, 3 a feature (two bytes and a table entry) plus
// ~2.4 for its share of the input chain, about 11 a model slot (the bit,
// three bytes, the word, its table entry, ~3.7 of hashing), and one
// Poseidon2 permutation (555) per 15 absorbed elements.
//
// # Model cost: what was measured, and why the model is still hashed per
// segment (for now)
//
// The model is committed in every segment: the circuit hashes its slots and
// checks the hash equals ProgramID, so every segment provably uses the
// model the requester named. That cost was about 25 constraints a slot
// (four range checks, two tables of two constraints an entry, ~7 of
// hashing); it is now about 11 (the child pointers derived from the split
// bits instead of stored and checked, leaves folded into the node word, one
// table, bytes checked one constraint each). Options measured or weighed
// (BENCHMARKS.md has the figures):
//
//   - The model as public inputs (BenchmarkPublicModelPrototype,
//     TestPublicModelPrototype): the segment enters N node words, supplied
//     by the verifier, into its lookup (2 constraints a slot) and hashes
//     nothing; the verifier derives the words from the model whose hash
//     the requester named, once per task, and folds their part of the
//     public-input sum into one point per task. This meets the depth-16,
//     32-feature target (under 150k constraints at 64 samples) and comes
//     within a few constraints a sample of 150 at d12-n4096-s256; but it is
//     a new kind of public input: N more verifying-key points (2 MiB at
//     32,768 slots), receipts whose verification needs the model, and an
//     on-chain verifier that would have to add N scalar multiplications
//     (~6k gas each) or register a per-model point it cannot check. It is
//     left as a measured prototype, not wired into receipts or the chain.
//   - The model in a BSB22 commitment of its own, checked against one
//     point per task (TestCommittedModelPrototype,
//     BenchmarkCommittedModelPrototype; the choice for the next step). A
//     gnark Groth16 commitment to private wires w_1..w_N is the Pedersen
//     point D = Σ w_k·G_k + mask·G_{N+1} (backend/groth16/bn254/prove.go:
//     pk.CommitmentKeys[i].Commit, an MSM with no blinding of its own);
//     the mask is a wire the frontend adds to every Commit call
//     (frontend/cs/r1cs/api.go), drawn by the prover-side hint
//     hints.Randomize, for hiding only. So the commitment is deterministic
//     once an honest prover fixes the mask at 0 (solver.OverrideHint), and
//     a segment circuit that commits exactly the node words, first and
//     alone (the lookups' commitment then commits to it), carries, in every
//     segment of a task, the D that a verifier computes from the model once
//     per task: an MSM of N points of the family's commitment basis. The
//     basis binds (its discrete logs are the setup's toxic waste), so a
//     seal carrying that D was made with the model's words and mask 0;
//     another model, or a random mask, gives another D and is refused. The
//     segment then hashes nothing and range-checks no slot: a slot costs
//     one constraint (its lookup entry, entered as word + r·index so the
//     constant index costs nothing). Measured (R1CS): d12-n4096-f4-s256
//     34,500 constraints, 134.8 a sample (target 150: met; the hashed
//     circuit's is 294.9); d16-n32768-f32-s64 53,446 (target 150k: met;
//     d16-n131072-f32-s64, the complete depth-16 tree, 152,079, just
//     over); d11-n2048-f16-s1024 178,914 against the shipped 200,302,
//     and one such segment proves in 0.79× the time
//     (BenchmarkCommittedModelProve). What it needs before it replaces the
//     hash: the
//     family's commitment basis published with its verifying key (64 B a
//     slot); Program and the receipt verifier computing D from the task's
//     model and comparing every seal's first commitment (receipt, node
//     consensus); the on-chain ReceiptVerifier comparing every seal's
//     commitment with a point the requester pins for the task (like its
//     initial state), since the contract cannot afford the MSM; seals then
//     carry two commitments (one more G1 point, one more proof-of-knowledge
//     term); keys, the receipt fixture and the Solidity export
//     regenerated. A model job proven once per task cannot stand in for
//     the verifier's MSM: a commitment's basis is the committed wires'
//     verifying-key terms (β·A_k(τ) + α·B_k(τ) + C_k(τ))/γ of one circuit's
//     setup, so a second circuit (one that hashes the model) commits the
//     same words to a different point, and two setups cannot share a basis
//     without sharing toxic waste.
//   - A linear fingerprint Σ t_k·r^k with a public r: free in R1CS, but the
//     prover sees r before choosing the table; with small entries it is a
//     knapsack that lattice reduction solves. Not binding.
//   - Per-segment faithful slices (only the slots a segment's samples
//     reach, proven in the model by a Merkle multi-proof): a Poseidon2
//     compression costs 187 constraints and a path 12 of them; even when
//     256 samples reach only 227 of a complete depth-12 tree's 8,191 slots
//     (random thresholds), their multi-proof takes about 1,000
//     compressions, ~190k constraints, where hashing all 4,096 slots of a
//     d12-n4096 family packed costs ~15k (3.7 a slot).
//   - gnark's std/lookup/logderivlookup and std/rangecheck, as used before:
//     one more constraint a level (an equality between the looked-up word
//     and its parts) and a recomposition constraint per range check.
//
// So, until the committed model is wired in, large trees still pay ~11
// constraints a slot per segment and want larger segments: the per-sample
// target of 150 holds at 256-sample segments for depth-12 families up to
// 512 slots, and at 1024-sample segments up to 2,048.
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
// # Circuit families
//
// Shapes map to families named "dtree/v1/d<D>-n<N>-f<F>-s<S>":
// depth D in {4, 6, 8} or any from 9 to 16 (the traversal length), node slots N in
// powers of two from 32 to 131072, features F in {4, 8, 16, 32}
// and segment size S a power of two from 8 to 4096. A model uses the
// smallest D, N and F that hold it; the Iris tree (depth 6, 17 nodes,
// 4 features) is d6-n32-f4.
package dtree
