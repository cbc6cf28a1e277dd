// Package blob stores and exchanges content-addressed blobs: task inputs,
// segment witnesses, setup artifacts, receipts.
//
// A blob is named by a CIDv1 with the raw codec and a sha2-256 multihash.
// Store keeps blobs as files in the data dir, written to a temporary file
// while hashing and renamed into place only when the hash matches, so a
// blob in the store is always what its name says.
//
// Exchange serves the store on /zkpool/blob/1.0.0 and fetches from peers:
// the client sends a BlobRequest (CID and the largest size it accepts),
// the server answers a Status frame, a BlobHeader with the size, then the
// raw bytes. The client refuses a size above its cap before reading a byte
// of the body, hashes while it reads, and keeps the blob only when the
// digest matches. Both sides refuse relayed (limited) connections: large
// transfers always go over a direct connection. Deadlines scale with the
// size (a base plus a minimum rate). The connection manager protects a peer
// while a transfer with it is in flight. Provide and FindProviders go
// through a content router (the DHT).
package blob
