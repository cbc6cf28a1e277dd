package cids_test

import (
	"crypto/sha256"
	"testing"

	"github.com/zkpool/aoraki/protocol/cids"
)

func TestOfAndOfDigestAgree(t *testing.T) {
	b := []byte("a blob")
	c := cids.Of(b)
	if !c.Equals(cids.OfDigest(sha256.Sum256(b))) {
		t.Fatal("Of and OfDigest disagree")
	}
	// The network's CIDs: CIDv1, raw codec (0x55), sha2-256.
	if c.Version() != 1 || c.Type() != 0x55 || c.Prefix().MhType != 0x12 || c.String() != "bafkreicvocr46arap4otkljm72rylpslyczlsqkpmbv2u32v3nqlemxsee" {
		t.Fatalf("CID %s, prefix %+v", c, c.Prefix())
	}
}
