package aggregate

import (
	"fmt"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"
)

// Family names. v2: the statement names the task, and the leaf checks
// each segment's binding against it (v1 trees folded the bindings without
// knowing the task, so a verifier had to refold them from the payees).
const (
	leafPrefix = "join/v2/leaf/"
	// NodeName is the node join's family: one for every segment family.
	NodeName = "join/v2/node"
	// WrapName is the wrap's family (WrapCircuit): one for every segment
	// family.
	WrapName = "join/v2/wrap"
)

// LeafName is the leaf join family of a segment family.
func LeafName(segment string) string { return leafPrefix + segment }

// Leaf is the leaf join family of one segment family: LeafCircuit with the
// segment family's verifying key as a constant (setup.Family).
type Leaf struct {
	segment     string
	key         verifyingKey
	commitments int
}

// NewLeaf returns the leaf family of segment, whose verifying key is vk.
func NewLeaf(segment string, vk groth16.VerifyingKey) (*Leaf, error) {
	nc, err := checkSegmentKey(vk)
	if err != nil {
		return nil, err
	}
	k, err := stdgroth16.ValueOfVerifyingKeyFixed[g1, g2, gt](vk)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrKey, err)
	}
	return &Leaf{segment: segment, key: k, commitments: nc}, nil
}

// Name is LeafName of the segment family.
func (f *Leaf) Name() string { return LeafName(f.segment) }

// Circuit is the leaf circuit with the segment key fixed.
func (f *Leaf) Circuit() frontend.Circuit {
	c := &LeafCircuit{SegmentKey: f.key}
	for i := range c.Children {
		c.Children[i].Proof = proofPlaceholder(f.commitments)
	}
	return c
}

// Node is the node join family.
type Node struct{}

// Name is NodeName.
func (Node) Name() string { return NodeName }

// Circuit is the node circuit.
func (Node) Circuit() frontend.Circuit {
	c := &NodeCircuit{}
	for i := range c.Children {
		c.Children[i].Key = joinKeyPlaceholder()
		c.Children[i].Proof = proofPlaceholder(1)
	}
	return c
}

// Wrap is the wrap family: the last job of a succinct receipt.
type Wrap struct{}

// Name is WrapName.
func (Wrap) Name() string { return WrapName }

// Circuit is the wrap circuit.
func (Wrap) Circuit() frontend.Circuit {
	return &WrapCircuit{Root: JoinChild{Key: joinKeyPlaceholder(), Proof: proofPlaceholder(1)}}
}
