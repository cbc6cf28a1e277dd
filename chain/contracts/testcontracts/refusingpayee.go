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

// RefusingPayeeMetaData contains all meta data concerning the RefusingPayee contract.
var RefusingPayeeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractAoraki\",\"name\":\"aoraki\",\"type\":\"address\"}],\"name\":\"withdrawFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "RefusingPayee",
	Bin: "0x60808060405234601557610154908161001a8239f35b5f80fdfe6080806040526004361015610078575b50361561001a575f80fd5b60646040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600760248201527f72656675736564000000000000000000000000000000000000000000000000006044820152fd5b5f905f3560e01c63de1b04861461008f575061000f565b346101505760203660031901126101505760043573ffffffffffffffffffffffffffffffffffffffff811680910361015057803b1561015057816004815f80947f3ccfd60b0000000000000000000000000000000000000000000000000000000083525af1801561014557610102575080f35b905067ffffffffffffffff811161011857604052005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040513d5f823e3d90fd5b5f80fd",
}

// RefusingPayee is an auto generated Go binding around an Ethereum contract.
type RefusingPayee struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RefusingPayee) GetABI() abi.ABI {
	return c.abi
}

// NewRefusingPayee creates a new instance of RefusingPayee.
func NewRefusingPayee() *RefusingPayee {
	parsed, err := RefusingPayeeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RefusingPayee{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RefusingPayee) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackWithdrawFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde1b0486.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawFrom(address aoraki) returns()
func (refusingPayee *RefusingPayee) PackWithdrawFrom(aoraki common.Address) []byte {
	enc, err := refusingPayee.abi.Pack("withdrawFrom", aoraki)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde1b0486.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawFrom(address aoraki) returns()
func (refusingPayee *RefusingPayee) TryPackWithdrawFrom(aoraki common.Address) ([]byte, error) {
	return refusingPayee.abi.Pack("withdrawFrom", aoraki)
}
