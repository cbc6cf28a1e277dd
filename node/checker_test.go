package node

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/local"
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
)

// TestCheckerHoldsReceiptsToTheirAward performs, against the node's receipt
// check, what a prover (or someone copying its seal) could try: a receipt
// bound to another price than its award (it would then be paid that price),
// to another prover, or to another task (a seal replayed from an earlier
// task on the same data). Only the receipt bound to the award passes.
func TestCheckerHoldsReceiptsToTheirAward(t *testing.T) {
	st, err := setup.Open(setup.DefaultDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	sess, err := hashchain.Execute(hashchain.Task{Seed: fr.NewElement(5), Steps: 4}, 4)
	if err != nil {
		t.Fatal(err)
	}
	art, err := st.Ensure(sess.Family)
	if err != nil {
		t.Fatal(err)
	}
	task, prover := [32]byte{0x7a}, [20]byte{0xb0}
	prove := func(task [32]byte, prover [20]byte, price int64) receipt.SegmentReceipt {
		res, err := (&local.Prover{Store: st, Address: prover, Task: task, Price: big.NewInt(price)}).Prove(context.Background(), &sess.Session)
		if err != nil {
			t.Fatal(err)
		}
		return res.Receipt.Segments[0]
	}
	cl := sess.Segments[0].Claim
	seg := &store.Segment{Task: store.TaskID(task), Index: 0, Family: cl.Family, ProgramID: cl.ProgramID, StateIn: cl.StateIn,
		StateOut: cl.StateOut, InputIn: cl.InputIn, InputOut: cl.InputOut,
		Award: &store.Award{Prover: store.Address(prover), Price: store.NewWei(big.NewInt(700))}}
	chk := checker{trustedKeys{cl.Family: art.VK}}

	honest := prove(task, prover, 700)
	if err := chk.CheckReceipt(seg, &honest); err != nil {
		t.Fatalf("the awarded receipt: %v", err)
	}
	for name, c := range map[string]struct {
		r    receipt.SegmentReceipt
		want string
	}{
		"bound to a higher price":   {prove(task, prover, 7000), "price"},
		"bound to a lower price":    {prove(task, prover, 1), "price"},
		"bound to another prover":   {prove(task, [20]byte{0xee}, 700), "prover"},
		"replayed from a past task": {prove([32]byte{0x01}, prover, 700), "task"},
		"relabelled to the award's price": {func() receipt.SegmentReceipt {
			r := prove(task, prover, 1)
			r.Price = big.NewInt(700) // the seal still binds 1
			return r
		}(), "seal does not verify"},
	} {
		t.Run(name, func(t *testing.T) {
			err := chk.CheckReceipt(seg, &c.r)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want one about %s", err, c.want)
			}
		})
	}
}
