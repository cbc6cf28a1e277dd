package receipt

import (
	"bytes"
	"testing"
)

func seedReceipt() []byte {
	c := CompositeReceipt{Segments: []SegmentReceipt{
		{Claim: Claim{Family: "dtree/v1/d6-n32-f4-s64", Index: 0}, Seal: []byte{1, 2, 3}, Prover: [20]byte{9}},
		{Claim: Claim{Family: "dtree/v1/d6-n32-f4-s64", Index: 1}, Seal: bytes.Repeat([]byte{7}, 256)},
	}}
	b, err := c.MarshalBinary()
	if err != nil {
		panic(err)
	}
	return b
}

// FuzzCompositeDecode: receipts arrive from peers; decoding must never
// panic, and whatever decodes must re-encode to the same bytes.
func FuzzCompositeDecode(f *testing.F) {
	f.Add(seedReceipt())
	f.Add([]byte("ZKRC\x01\x00"))
	f.Add([]byte("ZKRC\x01\xff\xff\xff\xff\x0f"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var c CompositeReceipt
		if err := c.UnmarshalBinary(data); err != nil {
			return
		}
		b, err := c.MarshalBinary()
		if err != nil {
			t.Fatalf("decoded receipt does not encode: %v", err)
		}
		if !bytes.Equal(b, data) {
			t.Fatalf("re-encoding differs")
		}
	})
}

func FuzzSegmentDecode(f *testing.F) {
	s := SegmentReceipt{Claim: Claim{Family: "hashchain/v1/s4", Index: 3}, Seal: []byte{1}}
	b, _ := s.MarshalBinary()
	f.Add(b)
	f.Fuzz(func(t *testing.T, data []byte) {
		var s SegmentReceipt
		if err := s.UnmarshalBinary(data); err != nil {
			return
		}
		b, err := s.MarshalBinary()
		if err != nil || !bytes.Equal(b, data) {
			t.Fatalf("round trip: %v", err)
		}
	})
}

func TestDigestRejectsNonCanonical(t *testing.T) {
	var d Digest
	for i := range d {
		d[i] = 0xff
	}
	if _, err := d.Element(); err == nil {
		t.Fatal("accepted a digest above the field modulus")
	}
	s := SegmentReceipt{Claim: Claim{Family: "x", StateIn: d}, Seal: []byte{1}}
	var buf bytes.Buffer
	if err := s.encode(&buf); err != nil {
		t.Fatal(err)
	}
	var back SegmentReceipt
	if err := back.UnmarshalBinary(buf.Bytes()); err == nil {
		t.Fatal("decoded a non-canonical state")
	}
}
