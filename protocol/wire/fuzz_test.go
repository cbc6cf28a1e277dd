package wire

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// FuzzDecodeEnvelope feeds arbitrary bytes to the gossip decoder and the
// signature check: neither may panic, and whatever decodes must re-encode
// to the same bytes.
func FuzzDecodeEnvelope(f *testing.F) {
	key, _ := crypto.ToECDSA(goldenKey(f))
	for _, e := range goldenEnvelopes() {
		_ = Seal(e, key)
		b, _ := Marshal(e)
		f.Add(b)
	}
	f.Add([]byte{})
	f.Add([]byte{0x08, 0x01})
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := DecodeEnvelope(data)
		if err != nil {
			return
		}
		again, err := Marshal(e)
		if err != nil || string(again) != string(data) {
			t.Fatalf("decoded envelope does not re-encode to its bytes")
		}
		_, _ = Open(e)
	})
}

// FuzzUnmarshalFrames covers the stream frames: Status, BlobRequest and
// BlobHeader.
func FuzzUnmarshalFrames(f *testing.F) {
	for _, m := range [][]byte{{0x08, 0x02, 0x12, 0x01, 'x'}, {0x0a, 0x01, 0x01, 0x10, 0x80, 0x01}, {0x08, 0x80, 0x80, 0x04}} {
		f.Add(m)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = Unmarshal(data, new(Status))
		_ = Unmarshal(data, new(BlobRequest))
		_ = Unmarshal(data, new(BlobHeader))
	})
}
