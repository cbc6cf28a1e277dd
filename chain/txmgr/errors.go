package txmgr

import "errors"

var (
	// ErrSenderInUse is returned by New when another Manager holds the address.
	ErrSenderInUse = errors.New("txmgr: another manager sends for this address")
	// ErrTxReverted is wrapped when a mined transaction failed.
	ErrTxReverted = errors.New("txmgr: transaction reverted")
	// ErrClosed is returned after Close.
	ErrClosed = errors.New("txmgr: closed")
	// ErrInvalidConfig is returned by Config.Validate.
	ErrInvalidConfig = errors.New("txmgr: invalid config")
	// ErrFeeCapExceeded is returned when a bump would pass Config.MaxFeeCap.
	ErrFeeCapExceeded = errors.New("txmgr: fee cap reached")
)
