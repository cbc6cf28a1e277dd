// Package program holds what every proving program (dtree, hashchain)
// produces when it executes a task natively: a session of segments, each
// with the public claim it proves and the full witness a prover needs, the
// circuit family that proves them, and what the composite receipt must
// show. Programs live in their own packages; the local prover, the prover
// peer and the node handle sessions without knowing which program made them.
package program

import (
	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/setup"
)

// Segment is one independently provable piece of a session.
type Segment struct {
	Index int
	// Claim is what the seal will state (Family, Index, ProgramID, states).
	Claim receipt.Claim
	// Witness is the gnark full witness (binary encoding) of the segment's
	// circuit: a prover needs only this and the family's artifacts.
	Witness []byte
	// Size is the work in this segment in the program's unit (samples,
	// steps), excluding padding.
	Size int
}

// Session is a natively executed task cut into segments.
type Session struct {
	Family   setup.Family
	Segments []Segment
	// Expect is what the composite receipt of all segments must prove.
	Expect receipt.Expect
}
