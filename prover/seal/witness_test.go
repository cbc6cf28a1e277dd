package seal_test

import (
	"encoding/binary"
	"errors"
	"runtime"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/seal"
)

// honestWitness is a real segment witness and its circuit's secret count.
func honestWitness(t testing.TB) ([]byte, int) {
	sess, err := hashchain.Execute(hashchain.Task{Seed: fr.NewElement(3), Steps: 2}, 2)
	if err != nil {
		t.Fatal(err)
	}
	w := sess.Segments[0].Witness
	return w, int(binary.BigEndian.Uint32(w[4:]))
}

// TestHostileWitnessHeaderIsRefusedCheaply performs a node's attack on its
// provers: a witness whose header claims 2^32-1 values (gnark's decoder
// would allocate for them before reading). It is refused from its length.
func TestHostileWitnessHeaderIsRefusedCheaply(t *testing.T) {
	w, secrets := honestWitness(t)
	if _, err := seal.DecodeWitness(w, secrets); err != nil {
		t.Fatalf("honest witness: %v", err)
	}
	for name, bad := range map[string][]byte{
		"vector length 2^32-1": func() []byte {
			b := append([]byte(nil), w...)
			binary.BigEndian.PutUint32(b[8:], 0xFFFFFFFF)
			return b
		}(),
		"header only, claiming 2^32-1 values": {0, 0, 0, 6, 0xFF, 0xFF, 0xFF, 0xF9, 0xFF, 0xFF, 0xFF, 0xFF},
		"public count not the programs'": func() []byte {
			b := append([]byte(nil), w...)
			binary.BigEndian.PutUint32(b[0:], 3)
			binary.BigEndian.PutUint32(b[4:], uint32(secrets+3))
			return b
		}(),
		"a value above the modulus": func() []byte {
			b := append([]byte(nil), w...)
			for i := 12; i < 44; i++ {
				b[i] = 0xFF
			}
			return b
		}(),
		"truncated": w[:len(w)-1],
	} {
		t.Run(name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := seal.DecodeWitness(bad, secrets)
			runtime.ReadMemStats(&after)
			if !errors.Is(err, seal.ErrWitness) {
				t.Fatalf("err = %v, want ErrWitness", err)
			}
			if grew := after.TotalAlloc - before.TotalAlloc; grew > uint64(4*len(w))+1<<16 {
				t.Fatalf("refusing it allocated %d bytes", grew)
			}
		})
	}
}

// FuzzDecodeWitness: witnesses come from the announcing node, a stranger.
func FuzzDecodeWitness(f *testing.F) {
	w, secrets := honestWitness(f)
	f.Add(w)
	f.Add(w[:12])
	f.Fuzz(func(t *testing.T, b []byte) {
		wit, err := seal.DecodeWitness(b, secrets)
		if err != nil {
			return
		}
		if len(b) != 12+(receipt.Publics+secrets)*fr.Bytes {
			t.Fatalf("decoded a witness of %d bytes", len(b))
		}
		if _, err := seal.Publics(wit); err != nil {
			t.Fatal(err)
		}
	})
}
