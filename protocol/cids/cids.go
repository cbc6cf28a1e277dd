// Package cids names blobs by their content, the one way the network does:
// a CIDv1 with the raw codec and a sha2-256 multihash (DESIGN.md §4). Task
// inputs, witnesses, composite receipts and setup artifacts are all named
// so; the blob exchange checks every blob it moves against its CID.
package cids

import (
	"crypto/sha256"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

// Of is the CID of b.
func Of(b []byte) cid.Cid { return OfDigest(sha256.Sum256(b)) }

// OfDigest is the CID of the blob whose sha2-256 is d.
func OfDigest(d [32]byte) cid.Cid {
	m, err := mh.Encode(d[:], mh.SHA2_256)
	if err != nil {
		panic(err) // a fixed code and a 32-byte digest: cannot fail
	}
	return cid.NewCidV1(cid.Raw, m)
}
