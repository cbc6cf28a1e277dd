package programs_test

import (
	"errors"
	"testing"

	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/hashchain"
	"github.com/zkpool/aoraki/prover/programs"
)

func TestFamiliesResolve(t *testing.T) {
	for _, c := range []struct {
		family, program string
		fixed           bool
	}{
		{dtree.Shape{Depth: 6, Nodes: 32, Features: 4, SegmentSize: 32}.Name(), "dtree", true},
		{hashchain.Shape{Steps: 4}.Name(), "hashchain", false},
	} {
		p, f, err := programs.OfFamily(c.family)
		if err != nil || p.Name != c.program || f.Name() != c.family {
			t.Fatalf("%s: %v %v %v", c.family, p, f, err)
		}
		if _, fixed := p.FixedInitial(); fixed != c.fixed {
			t.Errorf("%s: fixed initial state %v, want %v", c.family, fixed, c.fixed)
		}
		if p.WitnessVars(f) <= 0 {
			t.Errorf("%s: no witness", c.family)
		}
	}
	for _, bad := range []string{"", "dtree", "dtree/v1/nonsense", "hashchain/v1/s0", "hashchain/v1/s4x", "risc0/v1/x"} {
		if _, _, err := programs.OfFamily(bad); err == nil {
			t.Errorf("%q resolved", bad)
		}
	}
	if _, err := programs.ByName("risc0"); !errors.Is(err, programs.ErrUnknown) {
		t.Errorf("unknown program: %v", err)
	}
}
