// The case beside every task: placeholder until the task-detail plugin lands.
export default [];
