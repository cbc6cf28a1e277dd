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

// GnarkHashchainVerifierMetaData contains all meta data concerning the GnarkHashchainVerifier contract.
var GnarkHashchainVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[6]\",\"name\":\"input\",\"type\":\"uint256[6]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[6]\",\"name\":\"input\",\"type\":\"uint256[6]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "GnarkHashchainVerifier",
	Bin: "0x608080604052346015576113fb908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80630ea14a3914610bd7578063695ef6f9146106605763f71691891461003a575f80fd5b3461065c5761014036600319011261065c573660841161065c57366101441161065c5761030061006981610cca565b81368237610078600435611057565b6100896024939293356044356110c2565b91939290610098606435611057565b9390926040519660408801967f24e554a10b48fcfc46e0e314cb3aab336b7ec38759b1e3d0a0d8c24f6f5e4ecc89528860208101987f24f22b5838d4351e8e2983bb54131d0dbe49d18fa631ae557a19112ccb8930158a527f159874bafd6bdc03124c3a6d9a5095208aa725221844c1427c21a8d3b0025ef881527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001604060608401927f22ea1f43fff2a2854e285b69213709db02fa0f9e0a2a4e1c625fac82a94f525084527f080c7af14b7f79b06ddf12cbb6db4f675df5ca8d42724407aabcf058a9b97e2a6084359583608082019780895286828660608160075afa911016818360808160065afa167f0ea0049c3e71ce320e66c55c1cba9743cd860f2d3e82f629263367fe8f03659985527f14a3e9b31193aa772e43f7d0791de2b7708fb83983391f42ac0a890a43def7f48852600160a43591828b5288848860608160075afa9310161616818360808160065afa167f2391112f9ce9cae216337a220d0b87965e74f6426fb08e8a156d32ca16c2c7a785527f1c226bba9e971c9c3ce8a8458d8612ffc57db20a67d3e7a07756fab7d39b63a9885260c43590818a5287838760608160075afa92101616818360808160065afa167f1820667eb2ceb398f80069154d6858354ef6fca0197bee7c603eed1328453d8485527f0e23a67a5255a1042acb9dbac7aeeebcc04df52711ea5105bc3f538f93c1c790885260e43590818a5287838760608160075afa92101616818360808160065afa167f0a63001956600dd21e1607b97b83d742193c829bf026d9fbdca39e8389dc57f485527f21bee840e4aa4ec12b6f173bc3a509e21496e7daab9c7ad1864a979f630767c088526101043590818a5287838760608160075afa921016169160808160065afa16947f1424a3e51b0d47f3e3efa4879f619c4ef0ac2c21cf1ce2b1285c7e98795bfd658352526101243580955260608160075afa9210161660408a60808160065afa169851975198156106345760209a8a528a8a015260408901526060880152608087015260a086015260c085015260e08401527f3043ad3d250a4a11c8c50684b40ac5eb6822290da5bd46e34f4844064a0af01f6101008401527f1c95cc12a74412f98eb97fa3addb2f85f1043ab7bd088e9836fa236d136ea1e06101208401527f05f830c1570a09ad7422ae2b59b34933237334298cc19a90376b7524f4b2c94a6101408401527f0ab422b0c397a8692da27e7cbed86a6c4fa916f33ad300ace0f5495c7750a6c96101608401527f07713609099a836a02aa08573e9b6a4f03f311e240bc4fbc896da248d765e6af6101808401527f298833c93fe546f9448a7e77f0ef4bdabeeb8f4b4d1f258c2a87f354a64bfe1c6101a08401527f0e9a55007a39024f42e7cf95699d3084147c8d763842510406de67b685ec43486101c08401527f1b50ae93909e565abb50d987b98e61d0356417a37cb5e663cd9e02cd41528ba96101e08401527f255f6cd97a238baf28311293cc02f1b6a2bc76dec7ea35c725ca31eac2dbeb456102008401527f0bba1a1fc677928e1563050f1945cd4868c184d9a36b4c553e99785336b36e226102208401526102408301526102608201527f0cb9b9e45b389a78589d213954253c5cf6d837c51eae8ea72956fe4bf2e915db6102808201527f2c877d4315b198515d50a2811a625a2e906c39ba5069bb601813154b6466561b6102a08201527f148d6420ec7ba6c008d5259ad3da696d9f93073ac8b39b884e93a55cd0ddd8606102c08201527f020ba5208b02bc94cdc1a092f9947583ce9c3ae6f0ab940cd8f0b4ac204830d76102e08201526105e482610cca565b9283918336843760085afa15908115610627575b506105ff57005b7f7fcdd1f4000000000000000000000000000000000000000000000000000000005f5260045ffd5b600191505114155f6105f8565b7fa54f8e27000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f80fd5b3461065c5760e036600319011261065c5760043567ffffffffffffffff811161065c57610691903690600401610c9c565b3660e41161065c576101006106a69114610d1d565b604051604081017f24e554a10b48fcfc46e0e314cb3aab336b7ec38759b1e3d0a0d8c24f6f5e4ecc825260208201907f24f22b5838d4351e8e2983bb54131d0dbe49d18fa631ae557a19112ccb89301582527f159874bafd6bdc03124c3a6d9a5095208aa725221844c1427c21a8d3b0025ef88152606083017f22ea1f43fff2a2854e285b69213709db02fa0f9e0a2a4e1c625fac82a94f525081527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016040602435937f080c7af14b7f79b06ddf12cbb6db4f675df5ca8d42724407aabcf058a9b97e2a608088019580875284848460608160075afa911016838960808160065afa167f0ea0049c3e71ce320e66c55c1cba9743cd860f2d3e82f629263367fe8f03659983527f14a3e9b31193aa772e43f7d0791de2b7708fb83983391f42ac0a890a43def7f4865260016044359182895286868660608160075afa9310161616838960808160065afa167f2391112f9ce9cae216337a220d0b87965e74f6426fb08e8a156d32ca16c2c7a783527f1c226bba9e971c9c3ce8a8458d8612ffc57db20a67d3e7a07756fab7d39b63a986526064359081885285858560608160075afa92101616838960808160065afa167f1820667eb2ceb398f80069154d6858354ef6fca0197bee7c603eed1328453d8483527f0e23a67a5255a1042acb9dbac7aeeebcc04df52711ea5105bc3f538f93c1c79086526084359081885285858560608160075afa92101616838960808160065afa167f0a63001956600dd21e1607b97b83d742193c829bf026d9fbdca39e8389dc57f483527f21bee840e4aa4ec12b6f173bc3a509e21496e7daab9c7ad1864a979f630767c0865260a4359081885285858560608160075afa92101616838960808160065afa16947f1424a3e51b0d47f3e3efa4879f619c4ef0ac2c21cf1ce2b1285c7e98795bfd6583525260c43580955260608160075afa9210161660408360808160065afa16915190519115610634576101006040519384377f3043ad3d250a4a11c8c50684b40ac5eb6822290da5bd46e34f4844064a0af01f6101008401527f1c95cc12a74412f98eb97fa3addb2f85f1043ab7bd088e9836fa236d136ea1e06101208401527f05f830c1570a09ad7422ae2b59b34933237334298cc19a90376b7524f4b2c94a6101408401527f0ab422b0c397a8692da27e7cbed86a6c4fa916f33ad300ace0f5495c7750a6c96101608401527f07713609099a836a02aa08573e9b6a4f03f311e240bc4fbc896da248d765e6af6101808401527f298833c93fe546f9448a7e77f0ef4bdabeeb8f4b4d1f258c2a87f354a64bfe1c6101a08401527f0e9a55007a39024f42e7cf95699d3084147c8d763842510406de67b685ec43486101c08401527f1b50ae93909e565abb50d987b98e61d0356417a37cb5e663cd9e02cd41528ba96101e08401527f255f6cd97a238baf28311293cc02f1b6a2bc76dec7ea35c725ca31eac2dbeb456102008401527f0bba1a1fc677928e1563050f1945cd4868c184d9a36b4c553e99785336b36e226102208401526102408301526102608201527f0cb9b9e45b389a78589d213954253c5cf6d837c51eae8ea72956fe4bf2e915db6102808201527f2c877d4315b198515d50a2811a625a2e906c39ba5069bb601813154b6466561b6102a08201527f148d6420ec7ba6c008d5259ad3da696d9f93073ac8b39b884e93a55cd0ddd8606102c08201527f020ba5208b02bc94cdc1a092f9947583ce9c3ae6f0ab940cd8f0b4ac204830d76102e08201526020816103008160085afa905116156105ff57005b3461065c57602036600319011261065c5760043567ffffffffffffffff811161065c57610c08903690600401610c9c565b610c6d608092610c28610100610c1d86610cca565b948636873714610d1d565b610c3760208201358235610d82565b8352610c548482013560a083013560408401356060850135610e23565b6020850152604084015260c060e0820135910135610d82565b6060820152604051905f825b60048210610c8657505050f35b6020806001928551815201930191019091610c79565b9181601f8401121561065c5782359167ffffffffffffffff831161065c576020838186019501011161065c57565b6040519190601f01601f1916820167ffffffffffffffff811183821017610cf057604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b15610d2457565b60646040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601460248201527f696e76616c69642070726f6f66206c656e6774680000000000000000000000006044820152fd5b905f5160206113db5f395f51905f528210801590610e0c575b6105ff57811580610e04575b610dfe57610dcb5f5160206113db5f395f51905f52600381858181800909086111fb565b818103610dda57505060011b90565b5f5160206113db5f395f51905f52809106810306145f146105ff57600190811b1790565b50505f90565b508015610da7565b505f5160206113db5f395f51905f52811015610d9b565b919093925f5160206113db5f395f51905f528310801590611040575b8015611029575b8015611012575b6105ff57808286851717171561100757908291610f6a5f5160206113db5f395f51905f5280808080888180808f9d7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd448f839290839109099d8e0981848181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089a09818c8181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306945f5160206113db5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea481610f4481808b800981878009086111fb565b8408095f5160206113db5f395f51905f52610f5e82611372565b8009141595869161121e565b929080821480610ffe575b15610f9c5750505050905f14610f945760ff60025b169060021b179190565b60ff5f610f8a565b5f5160206113db5f395f51905f52809106810306149182610fdf575b5050156105ff5760019115610fd75760ff60025b169060021b17179190565b60ff5f610fcc565b5f5160206113db5f395f51905f52919250819006810306145f80610fb8565b50838314610f75565b50505090505f905f90565b505f5160206113db5f395f51905f52811015610e4d565b505f5160206113db5f395f51905f52821015610e46565b505f5160206113db5f395f51905f52851015610e3f565b80156110bb578060011c915f5160206113db5f395f51905f528310156105ff5760018061109a5f5160206113db5f395f51905f52600381888181800909086111fb565b9316146110a357565b905f5160206113db5f395f51905f5280910681030690565b505f905f90565b8015806111f3575b6111e7578060021c92825f5160206113db5f395f51905f5285108015906111d0575b6105ff5784815f5160206113db5f395f51905f5280808080808080807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd448161119a9d8d0909998a0981898181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306936002808a16149509818a8181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50861121e565b809291600180829616146111ac575050565b5f5160206113db5f395f51905f528093945080929550809106810306930681030690565b505f5160206113db5f395f51905f528110156110ec565b50505f905f905f905f90565b5081156110ca565b9061120582611372565b915f5160206113db5f395f51905f52838009036105ff57565b915f5160206113db5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea4816112769396949661126882808a8009818a8009086111fb565b90611366575b8608096111fb565b925f5160206113db5f395f51905f52600285096040519060208252602080830152602060408301528060608301527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4560808301525f5160206113db5f395f51905f5260a083015260208260c08160055afa915191156105ff575f5160206113db5f395f51905f528260019209036105ff575f5160206113db5f395f51905f52908209925f5160206113db5f395f51905f528080808780090681030681878009081490811591611347575b506105ff57565b90505f5160206113db5f395f51905f528084860960020914155f611340565b8180910681030661126e565b9060405191602083526020808401526020604084015260608301527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808301525f5160206113db5f395f51905f5260a083015260208260c08160055afa915191156105ff5756fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// GnarkHashchainVerifier is an auto generated Go binding around an Ethereum contract.
type GnarkHashchainVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GnarkHashchainVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewGnarkHashchainVerifier creates a new instance of GnarkHashchainVerifier.
func NewGnarkHashchainVerifier() *GnarkHashchainVerifier {
	parsed, err := GnarkHashchainVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GnarkHashchainVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GnarkHashchainVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (gnarkHashchainVerifier *GnarkHashchainVerifier) PackCompressProof(proof []byte) []byte {
	enc, err := gnarkHashchainVerifier.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (gnarkHashchainVerifier *GnarkHashchainVerifier) TryPackCompressProof(proof []byte) ([]byte, error) {
	return gnarkHashchainVerifier.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (gnarkHashchainVerifier *GnarkHashchainVerifier) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := gnarkHashchainVerifier.abi.Unpack("compressProof", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7169189.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[6] input) view returns()
func (gnarkHashchainVerifier *GnarkHashchainVerifier) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [6]*big.Int) []byte {
	enc, err := gnarkHashchainVerifier.abi.Pack("verifyCompressedProof", compressedProof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7169189.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[6] input) view returns()
func (gnarkHashchainVerifier *GnarkHashchainVerifier) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [6]*big.Int) ([]byte, error) {
	return gnarkHashchainVerifier.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695ef6f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[6] input) view returns()
func (gnarkHashchainVerifier *GnarkHashchainVerifier) PackVerifyProof(proof []byte, input [6]*big.Int) []byte {
	enc, err := gnarkHashchainVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695ef6f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[6] input) view returns()
func (gnarkHashchainVerifier *GnarkHashchainVerifier) TryPackVerifyProof(proof []byte, input [6]*big.Int) ([]byte, error) {
	return gnarkHashchainVerifier.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (gnarkHashchainVerifier *GnarkHashchainVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gnarkHashchainVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return gnarkHashchainVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], gnarkHashchainVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return gnarkHashchainVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GnarkHashchainVerifierProofInvalid represents a ProofInvalid error raised by the GnarkHashchainVerifier contract.
type GnarkHashchainVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func GnarkHashchainVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (gnarkHashchainVerifier *GnarkHashchainVerifier) UnpackProofInvalidError(raw []byte) (*GnarkHashchainVerifierProofInvalid, error) {
	out := new(GnarkHashchainVerifierProofInvalid)
	if err := gnarkHashchainVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GnarkHashchainVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the GnarkHashchainVerifier contract.
type GnarkHashchainVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func GnarkHashchainVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (gnarkHashchainVerifier *GnarkHashchainVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*GnarkHashchainVerifierPublicInputNotInField, error) {
	out := new(GnarkHashchainVerifierPublicInputNotInField)
	if err := gnarkHashchainVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
