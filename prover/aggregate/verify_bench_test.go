package aggregate

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/zkpool/aoraki/prover/receipt"
)

// BenchmarkVerifySuccinct measures Receipt.Verify for 2, 5, 16 and 64
// segments. The wraps are made under a join-shaped stand-in key (one
// public input, one commitment: a join key's shape, so one verification
// costs what it costs under the real keys), which prove any statement;
// the rest is the real verifier: both key digests, the binding of every
// payee, their fold and one Groth16 pairing check.
//
//	go test -run '^$' -bench VerifySuccinct ./prover/aggregate/
func BenchmarkVerifySuccinct(b *testing.B) {
	_, _, leafVK := toySetup(b, &statementToy{})
	_, _, nodeVK := toySetup(b, &statementToy{})
	ccs, pk, wrapVK := toySetup(b, &statementToy{})
	keys := mapKeys{LeafName("toy/v1"): leafVK, NodeName: nodeVK, WrapName: wrapVK}
	for _, n := range []int{2, 5, 16, 64} {
		b.Run(fmt.Sprintf("segments=%d", n), func(b *testing.B) {
			task := [32]byte{0x5e}
			want := receipt.Expect{Task: task, Family: "toy/v1", ProgramID: digestOf(1), Initial: digestOf(2), Final: digestOf(3),
				InputInitial: digestOf(4), InputFinal: digestOf(5), Segments: n}
			payees := make([]Payee, n)
			for i := range payees {
				payees[i] = Payee{Prover: [20]byte{byte(i), 0xaa}, Price: big.NewInt(int64(1e9 + i))}
			}
			aggs := aggregatorsOf(n)
			st, err := RootStatement(leafVK, nodeVK, want, task, payees, aggs)
			if err != nil {
				b.Fatal(err)
			}
			d, err := st.ChainDigest()
			if err != nil {
				b.Fatal(err)
			}
			a := &statementToy{Statement: digestInt(d), X: digestInt(d)}
			root := &Join{Kind: KindWrap, Statement: st}
			if root.Seal, err = ProveRoot(ccs, pk, a); err != nil {
				b.Fatal(err)
			}
			r, err := NewReceipt(task, "toy/v1", root, payees, aggs)
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := r.Verify(keys, want); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
