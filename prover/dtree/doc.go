// Package dtree is the ZKML program: decision-tree classifier inference over
// a batch of samples, cut into segments of SegmentSize samples and proven
// with Groth16 over BN254.
//
// # Statement
//
// Each segment proves, with public inputs (ProgramID, StateIn, StateOut,
// InputIn, InputOut, Binding): ProgramID names the tree (the hash of its
// commitment, below);
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
// of splits in the slots before i). A split's slot reads feature look and
// compares with its quantised threshold; a leaf's slot holds its class.
// Slots past the model's nodes are leaves of class 0. The model's values
// are a digest of the quantisation parameters and one word per slot,
// thr + 2^32·look + 2^64·child (below).
//
// The circuit commits exactly these values, first and alone, in a BSB22
// commitment of its own, and asserts that ProgramID is that commitment's
// hash-to-field (what gnark's Commit returns; keccak256 of the point, mod
// r, under the Solidity target every network seal is proven for). A
// gnark commitment to wires w_1..w_N is the Pedersen point
// D = Σ w_k·G_k + mask·G_{N+1}, where G_k are the committed wires'
// verifying-key terms (β·A_k(τ) + α·B_k(τ) + C_k(τ))/γ of the family's
// setup and mask is a wire gnark adds for hiding; the honest prover fixes
// it at 0 (seal.Prove). So D, and the program id, are a function of the
// model and the family alone: every segment of a task carries the same D,
// and anyone computes it from the model and the family's model basis
// (G_1..G_N, published by the setup as an artifact of its own,
// setup.Manifest.Basis; Program.Bind, Program.ID). The basis binds, since
// nobody knows a discrete-log relation among its points (the setup's
// toxic waste), and the proof's proof of knowledge shows D is a
// commitment under it: a seal stating the task's program id was made with
// the model's values and mask 0; another model, another family or a
// random mask gives another id, and no seal at all for the task's
// (TestModelCommitment). A committed value binds only through its basis
// point, which is zero for a wire in no constraint: the words are table
// entries, the digest gets a constraint of its own, and the setup refuses
// a zero point. The words themselves are not range-checked in the circuit:
// they are what Program computes from a validated model, and a program id
// names exactly them.
//
// # Circuit
//
// The circuit enters the committed words in a node table, one entry per
// slot: a split's threshold, feature and
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
// ~2.4 for its share of the input chain, one a model slot (its table
// entry), and one Poseidon2 permutation (555) per 15 absorbed elements.
//
// # Model cost: paid once per task
//
// Until dtree/v2 every segment hashed the model's slots and checked the
// hash against ProgramID: about 11 constraints a slot (bytes, the word, its
// table entry, ~3.7 of hashing), so a dense depth-12 tree cost 295
// constraints a sample at 256-sample segments and a depth-16, 32-feature
// tree needed a circuit of ~807k constraints for 64 samples. The committed
// model costs one constraint a slot, and the model's cost that remains is
// paid once per task, natively: the verifier's multi-scalar multiplication
// of N basis points, a few milliseconds (BENCHMARKS.md has the figures).
// The seal carries one more commitment (64 bytes) and its verification one
// more term. Options measured before the choice:
//
//   - The model as public inputs: the segment enters N node words supplied
//     by the verifier into its lookup (2 constraints a slot) and hashes
//     nothing; but that is N more public inputs (N more verifying-key
//     points, 2 MiB at 32,768 slots), and an on-chain verifier would add N
//     scalar multiplications (~6k gas each) per segment, or trust a point
//     it cannot check.
//   - A model job proven once per task cannot stand in for the basis: a
//     commitment's basis belongs to one circuit's setup, so a second
//     circuit (one that hashes the model) commits the same words to another
//     point, and two setups cannot share a basis without sharing toxic
//     waste. Hence the program id is the commitment's hash, not the
//     model's Poseidon hash.
//   - A linear fingerprint Σ t_k·r^k with a public r: free in R1CS, but the
//     prover sees r before choosing the table; with small entries it is a
//     knapsack that lattice reduction solves. Not binding.
//   - Per-segment faithful slices (only the slots a segment's samples
//     reach, proven in the model by a Merkle multi-proof): a Poseidon2
//     compression costs 187 constraints and a path 12 of them; 256 samples
//     reaching 227 slots of a depth-12 tree need ~1,000 compressions,
//     ~190k constraints, against 4,096 for the committed table.
//   - gnark's std/lookup/logderivlookup and std/rangecheck: one more
//     constraint a level and a recomposition constraint per range check.
//
// A program id depends on the target the seal's commitments are hashed
// for (Target): the Solidity target for the network's seals; a segment
// proven for in-circuit recursion hashes its commitments with a
// SNARK-friendly hash, which gives the model another id (BindFor, IDFor).
// The join circuits (prover/aggregate) verify such seals although gnark
// v0.16's std/recursion/groth16 refuses more than one commitment: their
// own verifier of two commitments (prover/aggregate's doc, "Seals of two
// commitments (dtree/v2)") folds the proofs of knowledge with gnark's SHA-256
// challenge, and a leaf join names the task's program by computing keccak
// of the model's commitment in the circuit. dtree/v1 families (NewHashed,
// hashedCircuit: the model hashed in every segment, its Poseidon hash the
// program id, one commitment) remain for receipts made before.
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
// model, so the program id does not depend on the inputs.
//
// # Circuit families
//
// Shapes map to families named "dtree/v2/d<D>-n<N>-f<F>-s<S>":
// depth D in {4, 6, 8} or any from 9 to 16 (the traversal length), node slots N in
// powers of two from 32 to 131072, features F in {4, 8, 16, 32}
// and segment size S from 8 to 4096. A model uses the
// smallest D, N and F that hold it; the Iris tree (depth 6, 17 nodes,
// 4 features) is d6-n32-f4. dtree/v1 families (Shape.Hashed) hash the
// model in every segment; they remain for receipts made before dtree/v2.
//
// A segment's proving cost follows its FFT domain, the power of two at
// or above its constraint count, which is a + b·S for a shape (b the
// per-sample cost, a the model's slots, the byte table and the lookup
// challenge): the quotient polynomial's FFTs and its multi-scalar
// multiplication run over the whole domain, filled or not. The zkDT
// anchor's family at S = 1024 is 178,915 constraints in a domain of
// 262,144 (68% full); at S = 715, the largest S that fits 2^17, it is
// 126,092 in 131,072 (96%): 5,000 samples take 7 segments instead of 5,
// and 10% less prover CPU (5% less wall time on two cores, where the
// seventh segment proves alone; BENCHMARKS.md). So the sizes worth using
// are those that fill a domain, not powers of two. A node chooses
// sizes for a task that leaves it the choice only among powers of two
// (task.Resolve, by which verifiers find the program id of such a task,
// tries those); a requester may name any size its network trusts.
//
// Within a domain, the multi-scalar multiplications cost by the size of
// the wire values they take, and the G2 one (over the wires in Groth16's
// B matrix) three times a G1 one. The dtree/v2 circuit writes the
// lookups' quotients and inverses, and its input and state hashes'
// S-boxes, with their fresh full-size wires in A rather than B (package
// bside; TestFullSizeWiresOutOfB): 83 full-size B wires a sample instead
// of 157 on the anchor's shape, the same constraints, and the anchor
// proves in 9.6 s instead of 13.5 on this 2-core box (BENCHMARKS.md,
// "Full-size wires out of B").
package dtree
