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

// ExactProofVerifierMetaData contains all meta data concerning the ExactProofVerifier contract.
var ExactProofVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected_\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"calls\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"expected\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyReceipt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ExactProofVerifier",
	Bin: "0x60a034605d57601f6101fe38819003918201601f19168301916001600160401b03831184841017606157808492602094604052833981010312605d5751608052604051610188908161007682396080518181816074015261013c0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c9081631cde29ca14610097575080631ce623831461005d5763305f72b71461003d575f80fd5b34610059575f3660031901126100595760205f54604051908152f35b5f80fd5b34610059575f3660031901126100595760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346100595760603660031901126100595760443567ffffffffffffffff811161005957366023820112156100595780600401359167ffffffffffffffff8311610059573660248484010111610059575f5460018101809111610174575f55601f8301601f19908116603f011681019267ffffffffffffffff8411828510176101605760205f9181956040528084528060248386019601863783010152519020604051907f0000000000000000000000000000000000000000000000000000000000000000148152f35b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd",
}

// ExactProofVerifier is an auto generated Go binding around an Ethereum contract.
type ExactProofVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ExactProofVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewExactProofVerifier creates a new instance of ExactProofVerifier.
func NewExactProofVerifier() *ExactProofVerifier {
	parsed, err := ExactProofVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ExactProofVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ExactProofVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(bytes32 expected_) returns()
func (exactProofVerifier *ExactProofVerifier) PackConstructor(expected_ [32]byte) []byte {
	enc, err := exactProofVerifier.abi.Pack("", expected_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305f72b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calls() view returns(uint256)
func (exactProofVerifier *ExactProofVerifier) PackCalls() []byte {
	enc, err := exactProofVerifier.abi.Pack("calls")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305f72b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calls() view returns(uint256)
func (exactProofVerifier *ExactProofVerifier) TryPackCalls() ([]byte, error) {
	return exactProofVerifier.abi.Pack("calls")
}

// UnpackCalls is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x305f72b7.
//
// Solidity: function calls() view returns(uint256)
func (exactProofVerifier *ExactProofVerifier) UnpackCalls(data []byte) (*big.Int, error) {
	out, err := exactProofVerifier.abi.Unpack("calls", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExpected is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ce62383.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expected() view returns(bytes32)
func (exactProofVerifier *ExactProofVerifier) PackExpected() []byte {
	enc, err := exactProofVerifier.abi.Pack("expected")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpected is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ce62383.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expected() view returns(bytes32)
func (exactProofVerifier *ExactProofVerifier) TryPackExpected() ([]byte, error) {
	return exactProofVerifier.abi.Pack("expected")
}

// UnpackExpected is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ce62383.
//
// Solidity: function expected() view returns(bytes32)
func (exactProofVerifier *ExactProofVerifier) UnpackExpected(data []byte) ([32]byte, error) {
	out, err := exactProofVerifier.abi.Unpack("expected", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerifyReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cde29ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyReceipt(bytes32 , bytes32 , bytes proof) returns(bool)
func (exactProofVerifier *ExactProofVerifier) PackVerifyReceipt(arg0 [32]byte, arg1 [32]byte, proof []byte) []byte {
	enc, err := exactProofVerifier.abi.Pack("verifyReceipt", arg0, arg1, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cde29ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyReceipt(bytes32 , bytes32 , bytes proof) returns(bool)
func (exactProofVerifier *ExactProofVerifier) TryPackVerifyReceipt(arg0 [32]byte, arg1 [32]byte, proof []byte) ([]byte, error) {
	return exactProofVerifier.abi.Pack("verifyReceipt", arg0, arg1, proof)
}

// UnpackVerifyReceipt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cde29ca.
//
// Solidity: function verifyReceipt(bytes32 , bytes32 , bytes proof) returns(bool)
func (exactProofVerifier *ExactProofVerifier) UnpackVerifyReceipt(data []byte) (bool, error) {
	out, err := exactProofVerifier.abi.Unpack("verifyReceipt", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}
