package dtree

import "errors"

var (
	// ErrQuantisation reports a task whose predictions fixed point could change.
	ErrQuantisation = errors.New("dtree: 16-bit quantisation would change a prediction")
	// ErrShape reports a model or segment size no circuit family holds.
	ErrShape = errors.New("dtree: no circuit family for this shape")
	// ErrInput reports inputs the program cannot take.
	ErrInput = errors.New("dtree: bad input")
	// ErrBasis reports a model commitment basis that does not fit the family.
	ErrBasis = errors.New("dtree: model basis does not fit the family")
	// ErrUnbound reports a program whose id is not fixed yet: it needs its
	// family's model basis (Program.Bind).
	ErrUnbound = errors.New("dtree: program not bound to its family's model basis")
)
