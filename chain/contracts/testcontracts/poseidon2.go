// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testcontracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// Poseidon2MetaData contains all meta data concerning the Poseidon2 contract.
var Poseidon2MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"NotInField\",\"type\":\"error\"}]",
	ID:  "Poseidon2",
	Bin: "0x6080806040523460175760039081601c823930815050f35b5f80fdfe5f80fd",
}

// Poseidon2 is an auto generated Go binding around an Ethereum contract.
type Poseidon2 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Poseidon2) GetABI() abi.ABI {
	return c.abi
}

// NewPoseidon2 creates a new instance of Poseidon2.
func NewPoseidon2() *Poseidon2 {
	parsed, err := Poseidon2MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Poseidon2{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Poseidon2) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (poseidon2 *Poseidon2) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], poseidon2.abi.Errors["NotInField"].ID.Bytes()[:4]) {
		return poseidon2.UnpackNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Poseidon2NotInField represents a NotInField error raised by the Poseidon2 contract.
type Poseidon2NotInField struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInField(uint256 value)
func Poseidon2NotInFieldErrorID() common.Hash {
	return common.HexToHash("0x81452424a5ecc8f087db8603e93ef219e8a1d59f781e33573a10d2a59fa29a1f")
}

// UnpackNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInField(uint256 value)
func (poseidon2 *Poseidon2) UnpackNotInFieldError(raw []byte) (*Poseidon2NotInField, error) {
	out := new(Poseidon2NotInField)
	if err := poseidon2.abi.UnpackIntoInterface(out, "NotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
