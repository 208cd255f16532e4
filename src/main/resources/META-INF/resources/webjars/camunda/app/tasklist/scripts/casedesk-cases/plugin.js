// The cases an agent opened or works: placeholder until the navbar plugin lands.
export default [];
