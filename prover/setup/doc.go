// Package setup produces, stores and loads the Groth16 setup artifacts of
// circuit families: the constraint system, the proving key and the verifying
// key. Each artifact is a content-addressed blob (CIDv1, raw codec,
// sha2-256) in a store directory; a manifest per family names the three CIDs.
//
// Ensure compiles a family's circuit, and reuses the stored artifacts when a
// manifest for the same constraint-system CID exists (so a circuit change
// can never pair with stale keys); otherwise it runs a development setup and
// says loudly on the warning writer that it is not a ceremony. Load reads a
// manifest's blobs, checks every hash before use, and then takes gnark's raw
// fast path for the proving key.
//
// The default store is $ZKPOOL_SETUP_DIR, else the user cache directory
// (~/.cache/zkpool/setup), shared by tests, CLI runs and benchmarks so that
// each family's setup runs once per machine. Concurrent processes serialise
// setup of the same family with a file lock.
//
// Callers: the local prover and the prover peer (Load, Ensure), the node and
// verifiers (VerifyingKey), zkpool-node deploy (Ensure for every shipped
// family, then publishing the manifests in the network file).
package setup
