package receipt

import "errors"

var (
	// ErrEncoding reports bytes that are not a receipt.
	ErrEncoding = errors.New("receipt: malformed encoding")
	// ErrSeal reports a seal that does not verify for its claim.
	ErrSeal = errors.New("receipt: seal does not verify")
	// ErrUnknownFamily reports a claim naming a family without a verifying key.
	ErrUnknownFamily = errors.New("receipt: unknown circuit family")
	// ErrEmpty reports a composite receipt without segments.
	ErrEmpty = errors.New("receipt: no segments")
	// ErrMismatch reports a claim that is not what the task expects
	// (task, family, program, index order, segment count).
	ErrMismatch = errors.New("receipt: claim does not match the task")
	// ErrChain reports a StateOut (InputOut) that is not the next StateIn (InputIn).
	ErrChain = errors.New("receipt: state chain broken")
	// ErrInitialState reports a first StateIn or InputIn other than the task's.
	ErrInitialState = errors.New("receipt: wrong initial state")
	// ErrFinalState reports a last StateOut that the journal does not imply.
	ErrFinalState = errors.New("receipt: final state does not match the journal")
	// ErrInput reports a last InputOut other than the task's input digest.
	ErrInput = errors.New("receipt: input chain does not end at the task's input digest")
)
