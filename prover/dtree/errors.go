package dtree

import "errors"

var (
	// ErrQuantisation reports a task whose predictions fixed point could change.
	ErrQuantisation = errors.New("dtree: 16-bit quantisation would change a prediction")
	// ErrShape reports a model or segment size no circuit family holds.
	ErrShape = errors.New("dtree: no circuit family for this shape")
	// ErrInput reports inputs the program cannot take.
	ErrInput = errors.New("dtree: bad input")
)
